import { describe, expect, it } from 'vitest';
import { readContactsCsv } from './readContactsCsv.ts';

describe('readContactsCsv', () => {
  it('reports every bad row with its line and keeps the good ones', () => {
    const csv = [
      'Phone,Name,Opt-in,City,Tags',
      '+34 600 111 222,Ana López,yes,Madrid,vip;spring',
      '600111222x,Ben,yes,Bilbao,',
      ',Cleo,no,Vigo,',
      '+44 7700 900123,Dan,maybe,London,',
      '+1 (555) 010-0100,Eve,yes',
      '"+49 151 2345 6789","Fritz, ""der Große""",no,"Berlin',
      'Mitte",vip',
      '+353 85 123 4567,Gráinne,opted out,Dublin,',
    ].join('\r\n');
    const read = readContactsCsv(csv);
    expect(read.errors).toEqual([
      {
        line: 3,
        message:
          '"600111222x" is not a phone number in international format (E.164: + country code and number, e.g. +34 600 111 222).',
      },
      { line: 4, message: 'No phone number.' },
      { line: 5, message: 'Opt-in "maybe" is not understood: write yes, no or opted_out.' },
      { line: 6, message: 'Has 3 values; the header has 5 columns.' },
    ]);
    expect(read.rows).toBe(7);
    expect(read.contacts).toEqual([
      {
        line: 2,
        waId: '34600111222',
        name: 'Ana López',
        fields: { city: 'Madrid' },
        tags: ['vip', 'spring'],
        optIn: 'optedIn',
      },
      {
        line: 7,
        waId: '4915123456789',
        name: 'Fritz, "der Große"',
        fields: { city: 'Berlin\nMitte' },
        tags: ['vip'],
        optIn: 'unknown',
      },
      { line: 9, waId: '353851234567', name: 'Gráinne', fields: { city: 'Dublin' }, tags: [], optIn: 'optedOut' },
    ]);
    expect(read.columns).toEqual({ phone: 'Phone', name: 'Name', optIn: 'Opt-in', tags: 'Tags', fields: ['city'] });
  });

  it('merges rows with the same phone: later values win, an opt-out wins, tags add up', () => {
    const read = readContactsCsv(
      'phone;first_name;plan;opt_in;tags\n+34600111222;Ana;basic;yes;a\n0034 600 111 222;;pro;;b\n+34600111222;Anita;;opted_out;\n',
    );
    expect(read.errors).toEqual([]);
    expect(read.duplicates).toEqual([
      { line: 3, firstLine: 2, waId: '34600111222' },
      { line: 4, firstLine: 2, waId: '34600111222' },
    ]);
    expect(read.contacts).toEqual([
      {
        line: 2,
        waId: '34600111222',
        name: null,
        fields: { first_name: 'Anita', plan: 'pro' },
        tags: ['a', 'b'],
        optIn: 'optedOut',
      },
    ]);
  });

  it('needs a phone column, and field names a contact field can have', () => {
    expect(readContactsCsv('name,city\nAna,Madrid\n').errors).toEqual([
      { line: 1, message: 'No phone column: name one column "phone" (numbers in international format, +34…).' },
    ]);
    expect(readContactsCsv('phone,2nd email\n+34600111222,a@b.c\n').errors[0]).toMatchObject({ line: 1 });
    expect(readContactsCsv('').errors).toEqual([{ line: 1, message: 'The file is empty.' }]);
  });
});
