import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { insertContacts, PROMO_TEMPLATE, promoMessage, registerTemplates } from './testing/broadcastFixtures.ts';

let t: TestApp;
let other: string;
let broadcastId: string;
let listId: string;
let contactId: string;

beforeAll(async () => {
  t = await createTestApp();
  other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).token;
  registerTemplates(t, PROMO_TEMPLATE);
  [contactId] = insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]) as [string];
  broadcastId = (
    await t.api('POST', '/api/broadcasts', { name: 'Mine', audience: { tags: ['vip'] }, message: promoMessage() })
  ).body.id;
  listId = (await t.api('POST', '/api/broadcasts/lists', { csv: 'phone,opt_in\n+34600000002,yes\n' })).body.listId;
});
afterAll(() => t.close());

describe("one workspace never sees another's broadcasts", () => {
  it('answers 404 for its broadcasts, lists and contacts, and lists none of them', async () => {
    for (const [method, path, body] of [
      ['GET', `/api/broadcasts/${broadcastId}`],
      ['PATCH', `/api/broadcasts/${broadcastId}`, { name: 'x' }],
      ['DELETE', `/api/broadcasts/${broadcastId}`],
      ['POST', `/api/broadcasts/${broadcastId}/start`],
      ['POST', `/api/broadcasts/${broadcastId}/cancel`],
      ['GET', `/api/broadcasts/${broadcastId}/results`],
      ['GET', `/api/broadcasts/${broadcastId}/recipients`],
      ['GET', `/api/broadcasts/${broadcastId}/export.csv`],
      ['GET', `/api/broadcasts/${broadcastId}/estimate`],
    ] as [string, string, unknown?][]) {
      const response = await t.api(method, path, body, other);
      expect([method, path, response.status]).toEqual([method, path, 404]);
    }
    const preview = await t.api('POST', '/api/broadcasts/preview', { message: promoMessage(), contactId }, other);
    expect(preview.status).not.toBe(200);
    expect((await t.api('GET', '/api/broadcasts', undefined, other)).body).toEqual([]);
    expect((await t.api('GET', '/api/broadcasts/lists', undefined, other)).body).toEqual([]);
    const withList = await t.api(
      'POST',
      '/api/broadcasts',
      { name: 'Theirs', audience: { listId }, message: promoMessage() },
      other,
    );
    // The other workspace has no template of that name either; the list is checked too.
    expect([404, 409, 422]).toContain(withList.status);
  });
});
