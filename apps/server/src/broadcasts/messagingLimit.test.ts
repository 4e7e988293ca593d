import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { DAY_MS } from './messagingLimit.ts';
import {
  insertContacts,
  manyContacts,
  PROMO_TEMPLATE,
  promoMessage,
  registerTemplates,
} from './testing/broadcastFixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  registerTemplates(t, PROMO_TEMPLATE);
  const sandbox = t.services.channels.sandboxOf(t.workspaceId)!;
  await t.api('PATCH', `/api/channels/${sandbox.id}`, { throughput: 1000 });
});
afterEach(() => t.close());

const sentCount = () => rows.count(t.db, 'broadcast_recipients', 'sent_at IS NOT NULL');

describe('the messaging limit', () => {
  it('stops at the tier, sends those inside their window anyway, and resumes the next day on the clock', async () => {
    insertContacts(t, manyContacts(260));
    // One more contact writes first: inside her window she does not count against the limit.
    insertContacts(t, [{ waId: '34699000000', name: 'Writer', tags: ['vip'] }]);
    await t.api('POST', '/api/sandbox/inbound', { from: '34699000000', text: 'hi' });
    const start = t.clock.now();

    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Spring',
      audience: { tags: ['vip'] },
      message: promoMessage(),
      when: { mode: 'now' },
    });
    await t.runtime.settle();
    // The plan, made before the first send, said so up front.
    const { plan } = (await t.api('GET', `/api/broadcasts/${created.body.id}`)).body;
    expect(plan.days).toEqual([251, 10]);
    expect(plan.summary).toContain('251 go today, the other 10 tomorrow');

    expect(sentCount()).toBe(251);
    let detail = (await t.api('GET', `/api/broadcasts/${created.body.id}`)).body;
    expect(detail.status).toBe('sending');
    expect(detail.waitingUntil).toBe(start + DAY_MS);
    expect(detail.counts).toMatchObject({ sent: 251, pending: 10 });
    expect((await t.api('GET', '/api/broadcasts/settings')).body).toMatchObject({
      messagingLimit: 250,
      usedLast24h: 250,
      remaining: 0,
    });

    await t.runtime.advanceClock(start + DAY_MS - 1000);
    expect(sentCount()).toBe(251);
    await t.runtime.advanceClock(start + DAY_MS);
    expect(sentCount()).toBe(261);
    detail = (await t.api('GET', `/api/broadcasts/${created.body.id}`)).body;
    expect(detail.status).toBe('completed');
    expect(detail.waitingUntil).toBeNull();
    // Every contact got it once.
    expect(rows.count(t.db, 'outbox', "id LIKE 'bcast:%'")).toBe(261);
  });

  it('is configurable per workspace, Meta tiers or unlimited', async () => {
    expect((await t.api('PUT', '/api/broadcasts/settings', { messagingLimit: 2000 })).body.messagingLimit).toBe(2000);
    expect((await t.api('PUT', '/api/broadcasts/settings', { messagingLimit: 1234 })).status).toBe(400);
    expect((await t.api('PUT', '/api/broadcasts/settings', { messagingLimit: null })).body).toMatchObject({
      messagingLimit: null,
      remaining: null,
    });
    insertContacts(t, manyContacts(300));
    const estimate = await t.api('POST', '/api/broadcasts/estimate', {
      audience: { tags: ['vip'] },
      message: promoMessage(),
    });
    expect(estimate.body.days).toEqual([300]);
  });
});
