import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { insertContacts, PROMO_TEMPLATE, promoMessage, registerTemplates } from './testing/broadcastFixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  registerTemplates(t, PROMO_TEMPLATE);
});
afterEach(() => t.close());

const CSV = [
  'phone,name,opt_in,plan',
  '+34 600 000 001,Ana,yes,pro',
  '+34 600 000 002,Ben,no,basic',
  'not a phone,Cleo,yes,pro',
  '+34 600 000 003,Dani,yes',
  '+34 600 000 004,Eve,sure,pro',
  '+34600000001,Ana López,yes,',
  '+34 600 000 005,Fay,yes,pro',
].join('\n');

describe('/api/broadcasts/lists (CSV upload)', () => {
  it('refuses a file with bad rows, naming each line, and writes nothing', async () => {
    const response = await t.api('POST', '/api/broadcasts/lists', { name: 'Fair leads', csv: CSV });
    expect(response.status).toBe(422);
    expect(response.body.error.code).toBe('invalid_csv');
    expect(response.body.error.message).toContain('3 problems in the file; line 4:');
    expect(response.body.error.details.errors.map((error: { line: number }) => error.line)).toEqual([4, 5, 6]);
    expect(response.body.error.details.duplicates).toEqual([{ line: 7, firstLine: 2, waId: '34600000001' }]);
    expect(rows.count(t.db, 'contacts')).toBe(0);
  });

  it('imports the valid rows when asked: new contacts with the file opt-in, an existing opt-out kept', async () => {
    insertContacts(t, [{ waId: '34600000005', name: 'Fay', optIn: 'optedOut' }]);
    const response = await t.api('POST', '/api/broadcasts/lists', { name: 'Fair leads', csv: CSV, skipInvalid: true });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ rows: 7, valid: 3, errorCount: 3, created: 2, updated: 1 });
    const contacts = (await t.api('GET', '/api/contacts')).body as {
      waId: string;
      optIn: string;
      name: string;
      fields: Record<string, string>;
    }[];
    const byPhone = Object.fromEntries(contacts.map((contact) => [contact.waId, contact]));
    expect(byPhone['34600000001']).toMatchObject({ name: 'Ana López', optIn: 'optedIn', fields: { plan: 'pro' } });
    expect(byPhone['34600000002']).toMatchObject({ optIn: 'unknown', fields: { plan: 'basic' } });
    expect(byPhone['34600000005']).toMatchObject({ optIn: 'optedOut' });
    expect((await t.api('GET', '/api/contact-fields')).body.map((field: { name: string }) => field.name)).toContain(
      'plan',
    );

    // The list is an audience: only its opted-in contact is sent to.
    const listId = response.body.listId as string;
    const estimate = await t.api('POST', '/api/broadcasts/estimate', { audience: { listId }, message: promoMessage() });
    expect(estimate.body).toMatchObject({ matched: 3, recipients: 1, excluded: { notOptedIn: 1, optedOut: 1 } });
    expect((await t.api('GET', '/api/broadcasts/lists')).body).toMatchObject([
      { id: listId, name: 'Fair leads', size: 3 },
    ]);
  });

  it('checks without writing on a dry run', async () => {
    const response = await t.api('POST', '/api/broadcasts/lists', {
      csv: 'phone,opt_in\n+34600000001,yes\n',
      dryRun: true,
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ valid: 1, optedIn: 1, listId: null });
    expect(rows.count(t.db, 'contacts')).toBe(0);
  });
});
