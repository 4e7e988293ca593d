import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertTemplate } from '../store/templates.ts';
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
  const created = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() });
  other = created.token;
  // The other workspace has its own number and the same template, so a request of it gets past those checks and
  // only the ids of this workspace's contact and list can stop it.
  t.services.channels.insert({
    id: 'ch_other',
    workspaceId: created.workspaceId,
    name: 'Other number',
    phoneNumberId: '20000000999',
    displayPhoneNumber: '+1 555 000 0999',
    wabaId: null,
    accessToken: null,
    appSecret: null,
    verifyToken: null,
    apiUrl: null,
    throughput: null,
    coexistence: false,
    businessVerified: true,
    createdAt: t.clock.now(),
  });
  upsertTemplate(t.db, created.workspaceId, PROMO_TEMPLATE, t.clock.now());
  t.services.templates.invalidate(created.workspaceId);
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
    expect(preview).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(JSON.stringify(preview.body)).toContain(contactId);
    expect((await t.api('GET', '/api/broadcasts', undefined, other)).body).toEqual([]);
    expect((await t.api('GET', '/api/broadcasts/lists', undefined, other)).body).toEqual([]);
    const withList = await t.api(
      'POST',
      '/api/broadcasts',
      { name: 'Theirs', audience: { listId }, message: promoMessage() },
      other,
    );
    expect(withList).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
    expect(JSON.stringify(withList.body)).toContain(listId);
  });
});
