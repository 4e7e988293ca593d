import { describe, expect, it } from 'vitest';
import { parseWhatsAppFormatting as parse, plainText } from './parseWhatsAppFormatting.ts';

const t = (text: string) => ({ kind: 'text', text });

describe('parseWhatsAppFormatting', () => {
  it('parses the four WhatsApp styles', () => {
    expect(parse('*bold* _it_ ~gone~ ```a  b```')).toEqual([
      { kind: 'bold', children: [t('bold')] },
      t(' '),
      { kind: 'italic', children: [t('it')] },
      t(' '),
      { kind: 'strike', children: [t('gone')] },
      t(' '),
      { kind: 'mono', children: [t('a  b')] },
    ]);
  });

  it('nests styles and leaves monospace content unparsed', () => {
    expect(parse('*_both_* ```*not bold*```')).toEqual([
      { kind: 'bold', children: [{ kind: 'italic', children: [t('both')] }] },
      t(' '),
      { kind: 'mono', children: [t('*not bold*')] },
    ]);
  });

  it('needs word boundaries around markers', () => {
    expect(parse('2*3*4 and snake_case_name')).toEqual([t('2*3*4 and snake_case_name')]);
    expect(parse('* not bold*')).toEqual([t('* not bold*')]);
    expect(parse('(*yes*)')).toEqual([t('('), { kind: 'bold', children: [t('yes')] }, t(')')]);
  });

  it('does not format across lines', () => {
    expect(parse('*one\ntwo*')).toEqual([t('*one\ntwo*')]);
  });

  it('keeps HTML as literal text', () => {
    expect(parse('<script>alert(1)</script> *<b>x</b>*')).toEqual([
      t('<script>alert(1)</script> '),
      { kind: 'bold', children: [t('<b>x</b>')] },
    ]);
  });

  it('keeps placeholders whole when asked, so underscores in them are not italics', () => {
    expect(parse('Hi {{contact.first_name}}, _welcome_', { placeholders: true })).toEqual([
      t('Hi '),
      { kind: 'placeholder', key: 'contact.first_name' },
      t(', '),
      { kind: 'italic', children: [t('welcome')] },
    ]);
  });

  it('gives the plain text back', () => {
    expect(plainText(parse('*a* _b_ {{x}}', { placeholders: true }))).toBe('a b {{x}}');
  });
});
