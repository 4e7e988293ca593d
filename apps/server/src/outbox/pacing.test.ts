import { buildMessageWebhook } from '@salesbot/whatsapp';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { addCloudChannel, CLOUD_ACCESS_TOKEN, CLOUD_PHONE_NUMBER_ID } from '../testing/fixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { rows } from '../testing/rows.ts';
import { postWebhook } from '../testing/webhookClient.ts';

let t: TestApp;
let standIn: GraphApiStandIn | null = null;
afterEach(async () => {
  await t.close();
  await standIn?.close();
  standIn = null;
});

const sentCount = () => rows.count(t.db, 'outbox', "state = 'sent'");

describe('outbox pacing', () => {
  it('paces a phone number by its throughput', async () => {
    t = await createTestApp();
    const sandbox = (await t.api('GET', '/api/channels')).body[0];
    expect((await t.api('PATCH', `/api/channels/${sandbox.id}`, { throughput: 2 })).status).toBe(200);
    for (let i = 0; i < 5; i++) await t.api('POST', '/api/sandbox/inbound', { from: `1555333000${i}`, text: 'Hi' });
    expect(rows.count(t.db, 'outbox', "state = 'queued'")).toBe(5);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(2);
    t.clock.advance(499);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(2);
    t.clock.advance(1);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(3);
    t.clock.advance(1000);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(5);
  });

  it('paces each customer: a small burst, then one message per interval', async () => {
    t = await createTestApp({ config: { outbox: { pairBurst: 2, pairIntervalMs: 6000 } } });
    const first = await t.api('POST', '/api/sandbox/inbound', { from: '15553331111', text: 'Hi' });
    for (const text of ['One moment', 'Still here']) {
      expect((await t.api('POST', `/api/conversations/${first.body.conversationId}/messages`, { text })).status).toBe(
        201,
      );
    }
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(2);
    t.clock.advance(5999);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(2);
    t.clock.advance(1);
    await t.runtime.outbox.drain();
    expect(sentCount()).toBe(3);
  });

  it('keeps a conversation’s order: a message never overtakes one being retried', async () => {
    standIn = await startGraphApiStandIn({ accessToken: CLOUD_ACCESS_TOKEN, now: () => t.clock.now() });
    t = await createTestApp();
    await addCloudChannel(t, standIn);
    standIn.use({ kind: 'fail', httpStatus: 503, code: 131016 });
    const inbound = buildMessageWebhook({
      phoneNumberId: CLOUD_PHONE_NUMBER_ID,
      from: '15553332222',
      id: 'wamid.order.in',
      timestamp: t.clock.now(),
      content: { type: 'text', text: 'Hi' },
    });
    expect((await postWebhook(t, inbound)).status).toBe(200);
    await t.runtime.settle();
    const conversationId = (await t.api('GET', '/api/conversations')).body[0].id;
    await t.api('POST', `/api/conversations/${conversationId}/messages`, { text: 'Second' });
    await t.runtime.settle();
    expect(rows.outbox(t.db).map((row) => row.state)).toEqual(['queued', 'queued']);
    t.clock.advance(t.config.outbox.backoffMaxMs);
    await t.runtime.settle();
    expect(rows.outbox(t.db).map((row) => row.state)).toEqual(['sent', 'sent']);
    const accepted = standIn.sends.filter((send) => send.accepted).map((send) => (send.body as { type: string }).type);
    expect(accepted).toEqual(['interactive', 'text']);
  });
});
