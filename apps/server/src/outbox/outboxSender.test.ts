import { buildMessageWebhook, buildStatusWebhook } from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { addCloudChannel, CLOUD_ACCESS_TOKEN, CLOUD_PHONE_NUMBER_ID, publishPingFlow } from '../testing/fixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { rows } from '../testing/rows.ts';
import { postWebhook } from '../testing/webhookClient.ts';
import { backoff } from './outboxSender.ts';

let t: TestApp;
let standIn: GraphApiStandIn;
let seq = 0;
const CUSTOMER = '15557654321';

beforeEach(async () => {
  standIn = await startGraphApiStandIn({ accessToken: CLOUD_ACCESS_TOKEN, now: () => t.clock.now() });
  t = await createTestApp();
  await addCloudChannel(t, standIn);
  await publishPingFlow(t);
});
afterEach(async () => {
  await t?.close();
  await standIn.close();
});

const inbound = (text: string, from = CUSTOMER) =>
  postWebhook(
    t,
    buildMessageWebhook({
      phoneNumberId: CLOUD_PHONE_NUMBER_ID,
      from,
      name: 'Lee',
      id: `wamid.in.${++seq}`,
      timestamp: t.clock.now(),
      content: { type: 'text', text },
    }),
  );
const status = (wamid: string, value: 'sent' | 'delivered' | 'read' | 'failed', extra: Record<string, unknown> = {}) =>
  postWebhook(
    t,
    buildStatusWebhook({
      phoneNumberId: CLOUD_PHONE_NUMBER_ID,
      id: wamid,
      status: value,
      timestamp: t.clock.now(),
      recipientId: CUSTOMER,
      ...extra,
    }),
  );

describe('the Cloud API transport against the stand-in Graph API', () => {
  it('sends the exact payload with the bearer token and the outbox id as callback data, and stores the wamid', async () => {
    await inbound('ping');
    await t.runtime.settle();
    expect(standIn.sends).toHaveLength(1);
    const [send] = standIn.sends;
    const [row] = rows.outbox(t.db);
    expect(send!.invalid).toBeUndefined();
    expect(send!.authorization).toBe(`Bearer ${CLOUD_ACCESS_TOKEN}`);
    expect(send!.body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: CUSTOMER,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pong? Tap yes.' },
        action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
      },
      biz_opaque_callback_data: row!.id,
    });
    expect(row).toMatchObject({ state: 'sent', wamid: send!.wamid, attempts: 1 });
    expect(rows.messages(t.db, "direction = 'out'")[0]).toMatchObject({ status: 'sent', wamid: send!.wamid });
  });

  it('every payload of the lead-qualification conversation passes the stand-in’s shape check', async () => {
    await inbound('Hi there', '15557650001');
    await t.runtime.settle();
    const [welcome] = rows.outbox(t.db);
    const tap = buildMessageWebhook({
      phoneNumberId: CLOUD_PHONE_NUMBER_ID,
      from: '15557650001',
      id: 'wamid.tap.1',
      timestamp: t.clock.now(),
      content: { type: 'buttonReply', id: 'quote', title: 'Get a quote' },
      contextId: welcome!.wamid!,
    });
    expect((await postWebhook(t, tap)).status).toBe(200);
    await t.runtime.settle();
    expect(standIn.sends.length).toBeGreaterThanOrEqual(2);
    expect(standIn.sends.filter((send) => send.invalid)).toEqual([]);
    expect(standIn.sends.map((send) => (send.body as { type: string }).type)).toEqual(['interactive', 'interactive']);
  });
});

describe('statuses', () => {
  let wamid: string;
  beforeEach(async () => {
    await inbound('ping');
    await t.runtime.settle();
    wamid = standIn.sends[0]!.wamid!;
  });
  const current = () => rows.messages(t.db, 'wamid = ?', wamid)[0]!;

  it('only move forward, whatever order they arrive in', async () => {
    expect((await status(wamid, 'delivered')).status).toBe(200);
    expect(current().status).toBe('delivered');
    await status(wamid, 'sent');
    expect(current().status).toBe('delivered');
    await status(wamid, 'read');
    expect(current().status).toBe('read');
    await status(wamid, 'delivered');
    expect(current().status).toBe('read');
  });

  it('a repeated status is applied once', async () => {
    await status(wamid, 'delivered');
    await status(wamid, 'delivered');
    expect(rows.count(t.db, 'status_dedup', 'wamid = ?', wamid)).toBe(1);
  });

  it('failed after delivered keeps delivered and records the error', async () => {
    await status(wamid, 'delivered');
    await status(wamid, 'failed', { errors: [{ code: 131026, title: 'Message undeliverable' }] });
    expect(current()).toMatchObject({ status: 'delivered', error_code: 131026 });
  });

  it('failed before delivery is terminal and ends the session that sent it', async () => {
    await status(wamid, 'failed', { errors: [{ code: 131026, title: 'Message undeliverable' }] });
    await status(wamid, 'delivered');
    expect(current()).toMatchObject({ status: 'failed', error_code: 131026 });
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'failed', error_code: 131026 });
    expect(rows.sessions(t.db)[0]).toMatchObject({ status: 'ended', end_reason: 'sendFailed' });
  });

  it('a status for a message we do not know is acknowledged', async () => {
    expect((await status('wamid.unknown', 'delivered')).status).toBe(200);
  });
});

describe('failures', () => {
  it('retries a transient failure with backoff, then sends', async () => {
    standIn.use({ kind: 'fail', httpStatus: 500, code: 131000 });
    await inbound('ping');
    await t.runtime.settle();
    const [row] = rows.outbox(t.db);
    expect(row).toMatchObject({ state: 'queued', attempts: 1, error_code: 131000 });
    expect(row!.next_attempt_at).toBeGreaterThan(t.clock.now());
    t.clock.set(row!.next_attempt_at);
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'sent', attempts: 2 });
    expect(standIn.countTo(CUSTOMER)).toBe(1);
  });

  it.each([
    [130429, 400],
    [131056, 400],
    [4, 400],
    [80007, 400],
    [131057, 400],
    [131016, 503],
    [1, 500],
    [2, 500],
  ])('error %i is transient', async (code, httpStatus) => {
    standIn.use({ kind: 'fail', code, httpStatus });
    await inbound('ping');
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'queued', error_code: code });
  });

  it('a network failure before the request left is retried', async () => {
    await inbound('ping');
    await standIn.close();
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'queued', attempts: 1 });
  });

  it('gives up after the last attempt and marks the row failed', async () => {
    standIn.use({ kind: 'fail', httpStatus: 500, code: 131000, times: 100 });
    await inbound('ping');
    for (let i = 0; i < t.config.outbox.maxAttempts; i++) {
      await t.runtime.settle();
      t.clock.advance(t.config.outbox.backoffMaxMs);
    }
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({
      state: 'failed',
      attempts: t.config.outbox.maxAttempts,
      error_code: 131000,
    });
  });

  it('a permanent error is marked with its code, not retried, and ends the session', async () => {
    standIn.use({ kind: 'fail', code: 131026 });
    await inbound('ping');
    await t.runtime.settle();
    t.clock.advance(60 * 60_000);
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'failed', error_code: 131026, attempts: 1 });
    expect(rows.messages(t.db, "direction = 'out'")[0]).toMatchObject({ status: 'failed', error_code: 131026 });
    expect(rows.sessions(t.db)[0]).toMatchObject({ status: 'ended', end_reason: 'sendFailed' });
  });

  it('131047 (window closed) is fed to the session, which takes its windowClosed path to the template', async () => {
    standIn.use({ kind: 'fail', code: 131047 });
    await inbound('ping');
    await t.runtime.settle();
    const outbox = rows.outbox(t.db);
    expect(outbox.map((row) => [row.state, row.error_code])).toEqual([
      ['failed', 131047],
      ['sent', null],
    ]);
    expect(standIn.sends.map((send) => (send.body as { type: string }).type)).toEqual(['interactive', 'template']);
    expect((standIn.sends[1]!.body as { template: { name: string } }).template.name).toBe('ping_fallback');
  });

  it('131050 marks the contact as opted out of marketing', async () => {
    standIn.use({ kind: 'fail', code: 131050 });
    await inbound('ping');
    await t.runtime.settle();
    const contacts = await t.api('GET', `/api/contacts?search=${CUSTOMER}`);
    expect(contacts.body[0].marketingOptOut).toBe(true);
  });

  it.each([190, 0, 368, 131031])('error %i stops the channel’s queue until it is resumed', async (code) => {
    standIn.use({ kind: 'fail', code, httpStatus: code === 190 ? 401 : 400 });
    await inbound('ping');
    await t.runtime.settle();
    expect(rows.outbox(t.db)[0]).toMatchObject({ state: 'queued', attempts: 0, error_code: code });
    const channels = await t.api('GET', '/api/channels');
    const cloud = channels.body.find(
      (channel: { phoneNumberId: string }) => channel.phoneNumberId === CLOUD_PHONE_NUMBER_ID,
    );
    expect(cloud.stoppedReason).toContain(String(code));
    await inbound('ping', '15557650009');
    await t.runtime.settle();
    expect(standIn.sends).toHaveLength(1);
    expect((await t.api('POST', `/api/channels/${cloud.id}/resume`)).status).toBe(200);
    await t.runtime.settle();
    expect(rows.outbox(t.db).map((row) => row.state)).toEqual(['sent', 'sent']);
  });

  it('a payload the Cloud API would refuse fails permanently with code 100', async () => {
    const conversation = (await inbound('hello')).status;
    expect(conversation).toBe(200);
    await t.runtime.settle();
    const list = await t.api('GET', '/api/conversations');
    const id = list.body.find((c: { contact: { waId: string } }) => c.contact.waId === CUSTOMER).id;
    const sent = await t.api('POST', `/api/conversations/${id}/messages`, {
      message: { type: 'image', image: { link: 'not a url' } },
    });
    expect(sent.status).toBe(201);
    await t.runtime.settle();
    expect(rows.outbox(t.db, "id LIKE 'ob_%'")[0]).toMatchObject({ state: 'failed', error_code: 100 });
  });
});

describe('backoff', () => {
  it('doubles per attempt up to the cap, with half of it random', () => {
    expect([1, 2, 3, 4].map((attempt) => backoff(attempt, 1000, 60_000, () => 0))).toEqual([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((attempt) => backoff(attempt, 1000, 60_000, () => 1))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoff(20, 1000, 60_000, () => 1)).toBe(60_000);
  });
});
