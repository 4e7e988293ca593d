import {
  buildEchoWebhook,
  buildMessageWebhook,
  buildTemplateStatusWebhook,
  buildUserPreferenceWebhook,
  type InboundContent,
  TEST_WABA_ID,
} from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_APP_SECRET, TEST_VERIFY_TOKEN, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { postWebhook } from '../testing/webhookClient.ts';

let t: TestApp;
let seq = 0;
beforeEach(async () => {
  t = await createTestApp({ config: { webhook: { maxBodyBytes: 64 * 1024 } } });
});
afterEach(async () => {
  await t.close();
});

const textMessage = (from: string, text: string, at = t.clock.now(), id = `wamid.test.${++seq}`) =>
  buildMessageWebhook({
    phoneNumberId: t.sandboxPhoneNumberId,
    from,
    name: 'Ana López',
    id,
    timestamp: at,
    content: { type: 'text', text },
  });

describe('GET /webhooks/whatsapp (verification handshake)', () => {
  const handshake = (query: string) => t.app.request(`/webhooks/whatsapp?${query}`);

  it('echoes the challenge when the verify token matches', async () => {
    const res = await handshake(`hub.mode=subscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', 'hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1'],
    ['no token', 'hub.mode=subscribe&hub.challenge=1'],
    ['another mode', `hub.mode=unsubscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=1`],
  ])('answers 403 for %s', async (_, query) => {
    expect((await handshake(query)).status).toBe(403);
  });

  it("accepts a channel's own verify token", async () => {
    await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000001',
      displayPhoneNumber: '+1 555 010 0001',
      verifyToken: 'channel-token',
    });
    const res = await handshake('hub.mode=subscribe&hub.verify_token=channel-token&hub.challenge=42');
    expect(await res.text()).toBe('42');
  });
});

describe('POST /webhooks/whatsapp: signature, size and shape', () => {
  it.each([
    ['missing', { signature: null }, 401],
    ['forged', { signature: `sha256=${'ab'.repeat(32)}` }, 401],
    ['made with another secret', { secret: 'not-the-app-secret' }, 401],
    ['not hex', { signature: 'sha256=xyz' }, 401],
    ['correct', {}, 200],
  ] as const)('a %s signature → %s', async (_, options, status) => {
    const res = await postWebhook(t, textMessage('15551230001', 'Hi'), options);
    expect(res.status).toBe(status);
    expect(rows.count(t.db, 'messages', "direction = 'in'")).toBe(status === 200 ? 1 : 0);
  });

  it("accepts a channel's own app secret for its events, and only for them", async () => {
    await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000002',
      displayPhoneNumber: '+1 555 010 0002',
      appSecret: 'channel-secret',
    });
    const own = buildMessageWebhook({
      phoneNumberId: '20000000002',
      from: '15551230002',
      id: 'wamid.own.1',
      timestamp: t.clock.now(),
      content: { type: 'text', text: 'Hi' },
    });
    expect((await postWebhook(t, own, { secret: 'channel-secret' })).status).toBe(200);
    // A body for the sandbox number signed with that channel's secret is refused.
    expect((await postWebhook(t, textMessage('15551230003', 'Hi'), { secret: 'channel-secret' })).status).toBe(401);
  });

  it('refuses a body over the limit with 413', async () => {
    const big = textMessage('15551230004', 'x'.repeat(70 * 1024));
    const res = await postWebhook(t, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
  });

  it('answers 400 with the reason for malformed JSON', async () => {
    const res = await postWebhook(t, null, { raw: '{"object": "whatsapp_business_account", "entry": [' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'hello'],
    ['no entry', { object: 'whatsapp_business_account' }],
    ['entry not a list', { object: 'whatsapp_business_account', entry: 5 }],
    [
      'a message without an id',
      {
        object: 'whatsapp_business_account',
        entry: [
          {
            id: TEST_WABA_ID,
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: { phone_number_id: '100000000000001', display_phone_number: '15550000001' },
                  messages: [{ from: '1555', timestamp: '1', type: 'text', text: { body: 'x' } }],
                },
              },
            ],
          },
        ],
      },
    ],
  ])('answers 400 (never 500) for %s, naming the problem', async (_, body) => {
    const res = await postWebhook(t, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toEqual(expect.any(String));
    expect(res.body.error.message.length).toBeGreaterThan(3);
  });

  it('acknowledges and logs events for a phone number no workspace owns', async () => {
    const body = buildMessageWebhook({
      phoneNumberId: '99999999999',
      from: '15551230005',
      id: 'wamid.nobody.1',
      timestamp: t.clock.now(),
      content: { type: 'text', text: 'Hi' },
    });
    expect((await postWebhook(t, body)).status).toBe(200);
    expect(rows.count(t.db, 'messages')).toBe(0);
    expect(rows.count(t.db, 'webhook_log', "phone_number_id = '99999999999'")).toBe(1);
  });
});

describe('inbound messages of every type', () => {
  const contents: [string, InboundContent][] = [
    ['text', { type: 'text', text: 'Hello there' }],
    ['button reply', { type: 'buttonReply', id: 'quote', title: 'Get a quote' }],
    ['list reply', { type: 'listReply', id: 'size_1_10', title: '1-10 people', description: 'Small teams' }],
    ['template quick reply', { type: 'quickReply', payload: 'tpl_yes', text: 'Yes please' }],
    ['Flow completion', { type: 'flowReply', flowToken: 'session:form', answers: { email: 'a@example.com' } }],
    [
      'image',
      {
        type: 'media',
        mediaType: 'image',
        id: 'media-1',
        mimeType: 'image/jpeg',
        sha256: 'abc',
        caption: 'my receipt',
      },
    ],
    ['video', { type: 'media', mediaType: 'video', id: 'media-2', mimeType: 'video/mp4' }],
    ['audio', { type: 'media', mediaType: 'audio', id: 'media-3', mimeType: 'audio/ogg' }],
    [
      'document',
      { type: 'media', mediaType: 'document', id: 'media-4', mimeType: 'application/pdf', filename: 'invoice.pdf' },
    ],
    ['sticker', { type: 'media', mediaType: 'sticker', id: 'media-5', mimeType: 'image/webp' }],
    ['location', { type: 'location', latitude: 40.4168, longitude: -3.7038, name: 'Sol', address: 'Madrid' }],
    [
      'contacts',
      { type: 'contacts', contacts: [{ name: { formatted_name: 'Bo' }, phones: [{ phone: '+15550001111' }] }] },
    ],
    ['reaction', { type: 'reaction', messageId: 'wamid.ours.1', emoji: '👍' }],
    [
      'order',
      { type: 'order', order: { catalog_id: 'c1', product_items: [{ product_retailer_id: 'p1', quantity: 1 }] } },
    ],
    ['system (number changed)', { type: 'system', body: 'User A changed from 1 to 2', newWaId: '15559990000' }],
    ['unsupported', { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown' }] }],
  ];

  it.each(contents)('%s is committed before the 200, with its content', async (_, content) => {
    const id = `wamid.type.${++seq}`;
    const body = buildMessageWebhook({
      phoneNumberId: t.sandboxPhoneNumberId,
      from: '15551239999',
      id,
      timestamp: t.clock.now(),
      content,
    });
    const res = await postWebhook(t, body);
    expect(res.status).toBe(200);
    const [stored] = rows.messages(t.db, 'wamid = ?', id);
    expect(stored).toMatchObject({ direction: 'in', sender: 'customer', type: content.type });
    expect(JSON.parse(stored!.content)).toMatchObject(content);
  });

  it('a message from an ad keeps its referral; the bot answering it opens the free entry point', async () => {
    const body = buildMessageWebhook({
      phoneNumberId: t.sandboxPhoneNumberId,
      from: '15551238888',
      id: 'wamid.ad.1',
      timestamp: t.clock.now(),
      content: { type: 'text', text: 'Is the sale on?' },
      referral: {
        sourceType: 'ad',
        sourceId: '1202',
        sourceUrl: 'https://fb.me/x',
        headline: 'Spring sale',
        ctwaClid: 'clid-1',
      },
    });
    expect((await postWebhook(t, body)).status).toBe(200);
    const conversations = await t.api('GET', '/api/conversations');
    expect(conversations.body[0].window.entryPoint.status).toBe('open');
    expect(JSON.parse(rows.messages(t.db, "wamid = 'wamid.ad.1'")[0]!.content).referral).toMatchObject({
      sourceId: '1202',
    });
  });
});

describe('at-least-once delivery: duplicates and reordering', () => {
  it('a repeated delivery changes nothing', async () => {
    const body = textMessage('15551230010', 'Hi', t.clock.now(), 'wamid.dup.1');
    expect((await postWebhook(t, body)).status).toBe(200);
    const before = {
      messages: rows.count(t.db, 'messages'),
      outbox: rows.count(t.db, 'outbox'),
      sessions: rows.count(t.db, 'sessions'),
    };
    expect(before.outbox).toBe(1);
    for (let i = 0; i < 3; i++) expect((await postWebhook(t, body)).status).toBe(200);
    expect({
      messages: rows.count(t.db, 'messages'),
      outbox: rows.count(t.db, 'outbox'),
      sessions: rows.count(t.db, 'sessions'),
    }).toEqual(before);
  });

  it('messages of one conversation apply in WhatsApp timestamp order, even when they arrive reversed together', async () => {
    const at = t.clock.now();
    const later = textMessage('15551230011', 'second', at + 5000, 'wamid.order.2');
    const earlier = textMessage('15551230011', 'first', at, 'wamid.order.1');
    // Concurrent deliveries land in one group commit.
    const results = await Promise.all([postWebhook(t, later), postWebhook(t, earlier)]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    const stored = rows.messages(t.db, "direction = 'in'").map((message) => JSON.parse(message.content).text);
    expect(stored).toEqual(['first', 'second']);
    // The first message started the bot; the second was its answer (the bot re-prompted once, not started twice).
    expect(rows.count(t.db, 'sessions')).toBe(1);
  });

  it('a burst from one customer advances the bot one message at a time', async () => {
    const at = t.clock.now();
    await Promise.all([
      postWebhook(t, textMessage('15551230012', 'hi', at, 'wamid.burst.1')),
      postWebhook(t, textMessage('15551230012', 'hello?', at + 1000, 'wamid.burst.2')),
      postWebhook(t, textMessage('15551230012', 'anyone?', at + 2000, 'wamid.burst.3')),
    ]);
    const sessions = rows.sessions(t.db);
    expect(sessions).toHaveLength(1);
    // welcome, then one re-prompt for the first unmatched text, then `invalid` → the unclear path.
    const outbound = rows.messages(t.db, "direction = 'out'");
    expect(outbound.length).toBeGreaterThanOrEqual(2);
    expect(new Set(outbound.map((message) => message.outbox_id)).size).toBe(outbound.length);
  });

  it('one delivery may batch several messages for several customers', async () => {
    const first = textMessage('15551230013', 'Hi', t.clock.now(), 'wamid.batch.1');
    const second = textMessage('15551230014', 'Hello', t.clock.now(), 'wamid.batch.2');
    const body = { ...first, entry: [...first.entry, ...second.entry] };
    expect((await postWebhook(t, body)).status).toBe(200);
    expect(rows.count(t.db, 'conversations')).toBe(2);
    expect(rows.count(t.db, 'sessions')).toBe(2);
  });
});

describe('other webhook fields', () => {
  beforeEach(async () => {
    await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000003',
      displayPhoneNumber: '+1 555 010 0003',
      wabaId: TEST_WABA_ID,
      accessToken: 'token',
    });
  });

  it('a coexistence echo is stored as a human reply and pauses the bot', async () => {
    const echo = buildEchoWebhook({
      phoneNumberId: '20000000003',
      to: '15551230020',
      id: 'wamid.echo.1',
      timestamp: t.clock.now(),
      content: { type: 'text', text: 'Hi, this is Marta from the shop' },
    });
    expect((await postWebhook(t, echo)).status).toBe(200);
    expect(rows.messages(t.db, "wamid = 'wamid.echo.1'")[0]).toMatchObject({ direction: 'out', sender: 'echo' });
    const reply = buildMessageWebhook({
      phoneNumberId: '20000000003',
      from: '15551230020',
      id: 'wamid.echo.reply',
      timestamp: t.clock.now() + 1000,
      content: { type: 'text', text: 'Thanks Marta' },
    });
    expect((await postWebhook(t, reply)).status).toBe(200);
    expect(rows.count(t.db, 'sessions')).toBe(0);
  });

  it('a marketing opt-out from user preferences marks the contact', async () => {
    await postWebhook(t, textMessage('15551230021', 'Hi'));
    await t.api('POST', '/api/contacts', { waId: '15551230022' });
    const body = buildUserPreferenceWebhook({
      phoneNumberId: '20000000003',
      waId: '15551230022',
      value: 'stop',
      timestamp: t.clock.now(),
    });
    expect((await postWebhook(t, body)).status).toBe(200);
    const contacts = await t.api('GET', '/api/contacts?search=15551230022');
    expect(contacts.body[0].marketingOptOut).toBe(true);
  });

  it('a template status update changes the registry', async () => {
    const before = (await t.api('GET', '/api/templates')).body.find(
      (tpl: { name: string }) => tpl.name === 'spring_sale_nudge',
    );
    expect(before.status).toBe('APPROVED');
    const body = buildTemplateStatusWebhook({
      name: 'spring_sale_nudge',
      language: before.language,
      status: 'PAUSED',
      reason: 'LOW_QUALITY',
    });
    expect((await postWebhook(t, body)).status).toBe(200);
    const after = (await t.api('GET', '/api/templates')).body.find(
      (tpl: { name: string }) => tpl.name === 'spring_sale_nudge',
    );
    expect(after.status).toBe('PAUSED');
  });

  it('fields Salesbot does not act on are logged and acknowledged', async () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [{ id: TEST_WABA_ID, changes: [{ field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } }] }],
    };
    expect((await postWebhook(t, body)).status).toBe(200);
    expect(rows.count(t.db, 'webhook_log', "field = 'account_update'")).toBe(1);
  });
});

it('the signature secret is the one the app was configured with', () => {
  expect(t.config.whatsapp.appSecret).toBe(TEST_APP_SECRET);
});
