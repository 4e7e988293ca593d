import { buildStatusWebhook } from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { addCloudChannel, CLOUD_ACCESS_TOKEN, CLOUD_PHONE_NUMBER_ID } from '../testing/fixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { rows } from '../testing/rows.ts';
import { postWebhook } from '../testing/webhookClient.ts';
import {
  CAROUSEL_TEMPLATE,
  carouselMessage,
  FLOW_TEMPLATE,
  flowTemplateMessage,
  insertContacts,
  PROMO_TEMPLATE,
  promoMessage,
  registerTemplates,
  SHIPPING_TEMPLATE,
  shippingMessage,
} from './testing/broadcastFixtures.ts';

let t: TestApp;
let standIn: GraphApiStandIn;
let channelId: string;

beforeEach(async () => {
  standIn = await startGraphApiStandIn({ accessToken: CLOUD_ACCESS_TOKEN, now: () => t.clock.now() });
  t = await createTestApp();
  channelId = await addCloudChannel(t, standIn);
  registerTemplates(t, SHIPPING_TEMPLATE, PROMO_TEMPLATE);
  await t.api('PUT', '/api/broadcasts/settings', { messagingLimit: null });
});
afterEach(async () => {
  await t?.close();
  await standIn.close();
});

const broadcast = async (message: unknown, extra: Record<string, unknown> = {}) => {
  const created = await t.api('POST', '/api/broadcasts', {
    name: 'Test',
    channelId,
    audience: { tags: ['vip'] },
    message,
    when: { mode: 'now' },
    ...extra,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.id as string;
};
const detail = async (id: string) => (await t.api('GET', `/api/broadcasts/${id}`)).body;

describe('broadcast sends through the Cloud API (stand-in Graph API)', () => {
  it('sends a utility template with its parameters filled per contact, the outbox id as callback data', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana López', tags: ['vip'], fields: { order_id: 'A-1' } },
      { waId: '34600000002', name: 'Ben', tags: ['vip'], fields: { order_id: 'B-2', first_name: 'Benjamin' } },
    ]);
    const id = await broadcast(shippingMessage());
    await t.runtime.settle();
    const sends = [...standIn.sends].sort((a, b) => a.to.localeCompare(b.to));
    expect(sends.map((send) => [send.endpoint, send.invalid, send.authorization])).toEqual([
      ['messages', undefined, `Bearer ${CLOUD_ACCESS_TOKEN}`],
      ['messages', undefined, `Bearer ${CLOUD_ACCESS_TOKEN}`],
    ]);
    const body = (to: string, first: string, order: string, callback: string) => ({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to,
      type: 'template',
      template: {
        name: 'order_shipped',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: first },
              { type: 'text', text: order },
            ],
          },
        ],
      },
      biz_opaque_callback_data: callback,
    });
    const callbacks = rows.outbox(t.db).map((row) => [row.to_wa_id, row.id]);
    const callbackOf = (to: string) => callbacks.find(([waId]) => waId === to)![1]!;
    expect(sends.map((send) => send.body)).toEqual([
      body('34600000001', 'Ana', 'A-1', callbackOf('34600000001')),
      body('34600000002', 'Benjamin', 'B-2', callbackOf('34600000002')),
    ]);
    expect(callbackOf('34600000001')).toMatch(new RegExp(`^bcast:${id}:\\d+$`));
    expect((await detail(id)).counts).toMatchObject({ recipients: 2, sent: 2, failed: 0 });
  });

  it('sends a marketing template with a media header and quick-reply payloads', async () => {
    insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]);
    await broadcast(promoMessage());
    await t.runtime.settle();
    expect(standIn.sends).toHaveLength(1);
    expect(standIn.sends[0]!.invalid).toBeUndefined();
    expect(standIn.sends[0]!.body).toMatchObject({
      to: '34600000001',
      type: 'template',
      template: {
        name: 'spring_promo',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/spring.jpg' } }] },
          { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'show_me' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'not_now' }],
          },
        ],
      },
    });
  });

  it('sends a carousel (marketing) and a Flow template (on a verified business) with valid payloads', async () => {
    registerTemplates(t, CAROUSEL_TEMPLATE, FLOW_TEMPLATE);
    insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]);
    await broadcast(carouselMessage());
    const flowRefused = await t.api('POST', '/api/broadcasts', {
      name: 'Fitting',
      channelId,
      audience: { tags: ['vip'] },
      message: flowTemplateMessage(),
    });
    expect(flowRefused.status).toBe(422);
    expect(flowRefused.body.error.code).toBe('flowsNeedVerifiedBusiness');
    await t.api('PATCH', `/api/channels/${channelId}`, { businessVerified: true });
    await broadcast(flowTemplateMessage());
    await t.runtime.settle();
    expect(standIn.sends.map((send) => send.invalid)).toEqual([undefined, undefined]);
    const byName = (name: string) =>
      standIn.sends.find((send) => (send.body as { template: { name: string } }).template.name === name)!.body;
    expect(byName('spring_cards')).toMatchObject({
      template: {
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
          {
            type: 'carousel',
            cards: [
              {
                card_index: 0,
                components: [
                  { type: 'header', parameters: [{ type: 'image', image: { link: 'https://example.com/boots.jpg' } }] },
                  {
                    type: 'button',
                    sub_type: 'quick_reply',
                    index: '0',
                    parameters: [{ type: 'payload', payload: 'pick_boots' }],
                  },
                ],
              },
              { card_index: 1 },
            ],
          },
        ],
      },
    });
    expect(byName('book_fitting')).toMatchObject({
      template: { components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }] },
    });
  });

  it('sends marketing templates through Marketing Messages Lite when asked, never from a coexistence number', async () => {
    insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]);
    await broadcast(promoMessage(), { sendMode: 'marketingLite' });
    await t.runtime.settle();
    expect(standIn.sends.map((send) => [send.endpoint, send.phoneNumberId, send.invalid])).toEqual([
      ['marketing_messages', CLOUD_PHONE_NUMBER_ID, undefined],
    ]);
    expect(standIn.sends[0]!.body).toMatchObject({ type: 'template', template: { name: 'spring_promo' } });

    const utility = await t.api('POST', '/api/broadcasts', {
      name: 'Lite utility',
      channelId,
      audience: { tags: ['vip'] },
      message: shippingMessage(),
      sendMode: 'marketingLite',
    });
    expect(utility.status).toBe(422);
    expect(utility.body.error.code).toBe('marketingLiteNeedsMarketing');
    await t.api('PATCH', `/api/channels/${channelId}`, { coexistence: true });
    const coexistence = await t.api('POST', '/api/broadcasts', {
      name: 'Lite on coexistence',
      channelId,
      audience: { tags: ['vip'] },
      message: promoMessage(),
      sendMode: 'marketingLite',
    });
    expect(coexistence.status).toBe(422);
    expect(coexistence.body.error).toMatchObject({ code: 'marketingLiteUnavailable' });
    expect(coexistence.body.error.message).toContain('coexistence');
  });

  it("keeps each recipient's WhatsApp error code; permanent failures are not retried, the pair rate limit is", async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana', tags: ['vip'] },
      { waId: '34600000002', name: 'Ben', tags: ['vip'] },
      { waId: '34600000003', name: 'Cleo', tags: ['vip'] },
      { waId: '34600000004', name: 'Dani', tags: ['vip'] },
    ]);
    standIn.use(
      { kind: 'fail', code: 131049, to: '34600000001', message: 'held back for ecosystem health' },
      { kind: 'fail', code: 131026, to: '34600000002', message: 'undeliverable' },
      { kind: 'fail', code: 131056, to: '34600000003', message: 'pair rate limit' },
    );
    const id = await broadcast(promoMessage());
    await t.runtime.settle();
    // The pair-rate failure is retried after its backoff.
    await t.runtime.advanceClock(t.clock.now() + 60_000);
    expect(standIn.countTo('34600000003')).toBe(1);
    expect(standIn.sends.filter((send) => send.to === '34600000001')).toHaveLength(1);
    expect(standIn.sends.filter((send) => send.to === '34600000002')).toHaveLength(1);
    const result = (await t.api('GET', `/api/broadcasts/${id}/results`)).body;
    expect(result.counts).toMatchObject({ sent: 2, failed: 2 });
    expect(result.counts.failedBy.map((row: { code: number }) => row.code).sort()).toEqual([131026, 131049]);
    const failed = (await t.api('GET', `/api/broadcasts/${id}/recipients?state=failed`)).body;
    expect(failed.map((row: { waId: string; errorCode: number }) => [row.waId, row.errorCode]).sort()).toEqual([
      ['34600000001', 131049],
      ['34600000002', 131026],
    ]);
    expect((await detail(id)).status).toBe('completed');
  });

  it('follows delivered and read statuses, and a failure reported later by a status', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana', tags: ['vip'] },
      { waId: '34600000002', name: 'Ben', tags: ['vip'] },
    ]);
    const id = await broadcast(promoMessage());
    await t.runtime.settle();
    const [first, second] = [...standIn.sends].sort((a, b) => a.to.localeCompare(b.to));
    const status = (send: typeof first, value: 'delivered' | 'read' | 'failed', extra = {}) =>
      postWebhook(
        t,
        buildStatusWebhook({
          phoneNumberId: CLOUD_PHONE_NUMBER_ID,
          id: send!.wamid!,
          status: value,
          timestamp: t.clock.now(),
          recipientId: send!.to,
          ...extra,
        }),
      );
    await status(first, 'read');
    await status(first, 'delivered');
    await status(second, 'failed', { errors: [{ code: 131049, title: 'held back' }] });
    await t.runtime.settle();
    const result = (await t.api('GET', `/api/broadcasts/${id}/results`)).body;
    expect(result.counts).toMatchObject({ sent: 2, delivered: 1, read: 1, failed: 1 });
    expect(result.timeline.read.at(-1)).toBe(1);
    expect(result.timeline.sent.at(-1)).toBe(2);
  });

  it('pauses (queued sends taken back), resumes, and cancels what is left', async () => {
    insertContacts(
      t,
      Array.from({ length: 6 }, (_, i) => ({ waId: String(34600000001 + i), name: `C${i}`, tags: ['vip'] })),
    );
    // One message a second: the clock decides how many go.
    await t.api('PATCH', `/api/channels/${channelId}`, { throughput: 1 });
    const id = await broadcast(promoMessage());
    await t.runtime.settle();
    expect(standIn.sends).toHaveLength(1);
    expect((await t.api('POST', `/api/broadcasts/${id}/pause`)).body.status).toBe('paused');
    expect(rows.count(t.db, 'outbox', "state = 'queued'")).toBe(0);
    await t.runtime.advanceClock(t.clock.now() + 10_000);
    expect(standIn.sends).toHaveLength(1);

    expect((await t.api('POST', `/api/broadcasts/${id}/resume`)).body.status).toBe('sending');
    await t.runtime.settle();
    await t.runtime.advanceClock(t.clock.now() + 1000);
    await t.runtime.advanceClock(t.clock.now() + 1000);
    expect(standIn.sends.length).toBeGreaterThanOrEqual(2);
    const before = standIn.sends.length;
    const cancelled = (await t.api('POST', `/api/broadcasts/${id}/cancel`)).body;
    expect(cancelled.status).toBe('cancelled');
    await t.runtime.advanceClock(t.clock.now() + 30_000);
    expect(standIn.sends).toHaveLength(before);
    const counts = (await detail(id)).counts;
    expect(counts.sent + counts.cancelled).toBe(6);
    // Some were still waiting when it was cancelled: those, and only those, count as cancelled.
    expect(before).toBeLessThan(6);
    expect(counts).toMatchObject({ sent: before, cancelled: 6 - before });
    expect(new Set(standIn.sends.map((send) => send.to)).size).toBe(standIn.sends.length);
  });
});
