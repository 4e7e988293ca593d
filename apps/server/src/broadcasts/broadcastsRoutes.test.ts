import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { getBroadcast } from './broadcastStore.ts';
import { planRecipients } from './planRecipients.ts';
import {
  insertContacts,
  PROMO_TEMPLATE,
  promoMessage,
  registerTemplates,
  SHIPPING_TEMPLATE,
  shippingMessage,
} from './testing/broadcastFixtures.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  registerTemplates(t, SHIPPING_TEMPLATE, PROMO_TEMPLATE);
});
afterEach(() => t.close());

const audience = { tags: ['vip'] };

describe('/api/broadcasts', () => {
  it('sends to opted-in contacts only and lists the rest as excluded with their reason', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana López', tags: ['vip'], fields: { order_id: 'A-1' } },
      { waId: '34600000002', name: 'Ben', tags: ['vip'], fields: { order_id: 'A-2' }, optIn: 'unknown' },
      { waId: '34600000003', name: 'Cleo', tags: ['vip'], fields: { order_id: 'A-3' }, optIn: 'optedOut' },
      { waId: '5351234567', name: 'Dani', tags: ['vip'], fields: { order_id: 'A-4' } },
      { waId: '0123', name: 'Eve', tags: ['vip'], fields: { order_id: 'A-5' } },
      { waId: '34600000006', name: 'Fay', tags: ['vip'] },
      { waId: '34600000007', name: 'Gus', tags: ['other'], fields: { order_id: 'A-7' } },
    ]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Shipping notice',
      audience,
      message: shippingMessage(),
      when: { mode: 'now' },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('sending');
    await t.runtime.settle();
    expect((await t.api('GET', `/api/broadcasts/${created.body.id}`)).body.plan).toMatchObject({
      matched: 6,
      recipients: 1,
      excluded: { notOptedIn: 1, optedOut: 1, unsupportedCountry: 1, invalidNumber: 1, emptyParameter: 1 },
      byPrice: { free: 0, utility: 1, marketing: 0 },
    });

    const sent = rows.outbox(t.db);
    expect(sent.map((row) => row.to_wa_id)).toEqual(['34600000001']);
    expect(JSON.parse(sent[0]!.payload).message).toEqual({
      type: 'template',
      template: {
        name: 'order_shipped',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: 'A-1' },
            ],
          },
        ],
      },
    });
    const detail = await t.api('GET', `/api/broadcasts/${created.body.id}`);
    expect(detail.body.status).toBe('completed');
    expect(detail.body.counts).toMatchObject({ total: 6, recipients: 1, sent: 1, delivered: 1, excluded: 5 });
    const excluded = await t.api('GET', `/api/broadcasts/${created.body.id}/recipients?state=excluded`);
    const reasons = excluded.body.map((row: { waId: string; reason: string }) => [row.waId, row.reason]);
    expect(reasons.sort()).toEqual([
      ['0123', 'invalidNumber'],
      ['34600000002', 'notOptedIn'],
      ['34600000003', 'optedOut'],
      ['34600000006', 'emptyParameter'],
      ['5351234567', 'unsupportedCountry'],
    ]);
    const message = rows.messages(t.db, "sender = 'broadcast'")[0]!;
    expect(JSON.parse(message.content).display.body).toBe('Hi Ana, your order A-1 has shipped.');
  });

  it('never sends to a contact who opted out after planning', async () => {
    const [first, second] = insertContacts(t, [
      { waId: '34600000001', name: 'Ana', tags: ['vip'] },
      { waId: '34600000002', name: 'Ben', tags: ['vip'] },
    ]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Promo',
      audience,
      message: promoMessage(),
      when: { mode: 'draft' },
    });
    // Planned (recipient rows written) but not yet handed to the outbox, then the consent changes.
    const id = created.body.id as string;
    const broadcast = getBroadcast(t.db, id)!;
    const channel = t.services.channels.get(broadcast.channelId)!;
    t.services.transact(() => planRecipients(t.services, broadcast, channel, 'APPROVED', 100));
    expect(rows.count(t.db, 'broadcast_recipients', "state = 'pending'")).toBe(2);
    await t.api('PUT', `/api/contacts/${second}/opt-in`, { status: 'optedOut' });
    await t.api('PUT', `/api/contacts/${first}/opt-in`, { status: 'optedIn', marketingOptOut: true });
    await t.api('POST', `/api/broadcasts/${id}/start`);
    await t.runtime.settle();
    expect(rows.outbox(t.db)).toEqual([]);
    const detail = await t.api('GET', `/api/broadcasts/${id}`);
    expect(detail.body.counts).toMatchObject({
      sent: 0,
      excluded: 2,
      excludedBy: { optedOut: 1, marketingOptedOut: 1 },
    });
  });

  it('refuses lists, free-form messages and authentication templates with the policy reason', async () => {
    const list = await t.api('POST', '/api/broadcasts', {
      name: 'List',
      audience,
      message: {
        type: 'list',
        data: { body: 'Pick', buttonLabel: 'Menu', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
      },
    });
    expect(list.status).toBe(422);
    expect(list.body.error.code).toBe('listOnlyInBots');
    const text = await t.api('POST', '/api/broadcasts', {
      name: 'Text',
      audience,
      message: { type: 'text', data: { body: 'Hello all' } },
    });
    expect(text.status).toBe(422);
    expect(text.body.error).toMatchObject({ code: 'broadcastOnlyTemplates' });
    registerTemplates(t, { ...SHIPPING_TEMPLATE, name: 'login_code', category: 'AUTHENTICATION' });
    const auth = await t.api('POST', '/api/broadcasts', {
      name: 'Codes',
      audience,
      message: {
        type: 'template',
        data: { ...shippingMessage().data, name: 'login_code', category: 'authentication' },
      },
    });
    expect(auth.status).toBe(422);
    expect(auth.body.error.code).toBe('authenticationNotSupported');
    registerTemplates(t, { ...SHIPPING_TEMPLATE, name: 'pending_one', status: 'PENDING' });
    const pending = await t.api('POST', '/api/broadcasts', {
      name: 'Pending',
      audience,
      message: { type: 'template', data: { ...shippingMessage().data, name: 'pending_one' } },
    });
    expect(pending.body.error).toMatchObject({ code: 'templateNotApproved' });
    expect(pending.body.error.message).toContain('waiting for approval');
    // Not the policy, but WhatsApp would refuse it too: a media header without its media.
    const noImage = promoMessage();
    noImage.data.header = { format: 'image', link: '' };
    const media = await t.api('POST', '/api/broadcasts', { name: 'No image', audience, message: noImage });
    expect(media.body.error).toMatchObject({
      code: 'missingMedia',
      message: 'The image header needs a link (or an uploaded media id).',
    });
  });

  it('estimates recipients per price category: a utility template inside an open window is free', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana', tags: ['vip'], fields: { order_id: 'A-1' } },
      { waId: '34600000002', name: 'Ben', tags: ['vip'], fields: { order_id: 'A-2' } },
      { waId: '34600000003', name: 'Cleo', tags: ['vip'], fields: { order_id: 'A-3' }, optIn: 'unknown' },
    ]);
    // Ana writes: her window opens.
    await t.api('POST', '/api/sandbox/inbound', { from: '34600000001', text: 'hello' });
    const utility = await t.api('POST', '/api/broadcasts/estimate', { audience, message: shippingMessage() });
    expect(utility.status).toBe(200);
    expect(utility.body).toMatchObject({
      matched: 3,
      recipients: 2,
      excluded: { notOptedIn: 1 },
      byPrice: { free: 1, utility: 1, marketing: 0 },
      insideWindow: 1,
      outsideWindow: 1,
      days: [2],
    });
    const marketing = await t.api('POST', '/api/broadcasts/estimate', { audience, message: promoMessage() });
    expect(marketing.body.byPrice).toEqual({ free: 0, utility: 0, marketing: 2 });
  });

  it('says up front when the messaging limit spreads a broadcast over days', async () => {
    insertContacts(
      t,
      Array.from({ length: 600 }, (_, i) => ({ waId: String(34600100000 + i), name: `C${i}`, tags: ['vip'] })),
    );
    const estimate = await t.api('POST', '/api/broadcasts/estimate', { audience, message: promoMessage() });
    expect(estimate.body.messagingLimit).toEqual({ limit: 250, usedLast24h: 0, remaining: 250 });
    expect(estimate.body.days).toEqual([250, 250, 100]);
    expect(estimate.body.summary).toContain('250 go today, the other 350 over the next 2 days');
  });

  it('schedules in a time zone: stored in UTC, shown in the zone chosen', async () => {
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Tomorrow',
      audience,
      message: promoMessage(),
      when: { mode: 'scheduled', localTime: '2026-03-03T10:00', timeZone: 'Europe/Madrid' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'scheduled',
      scheduledAt: Date.UTC(2026, 2, 3, 9, 0),
      timeZone: 'Europe/Madrid',
      scheduledLocal: '2026-03-03T10:00',
    });
    const past = await t.api('POST', `/api/broadcasts/${created.body.id}/schedule`, {
      localTime: '2026-03-01T10:00',
      timeZone: 'America/New_York',
    });
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe('in_the_past');
  });

  it('starts a scheduled broadcast when its time comes on the clock', async () => {
    insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Tomorrow morning',
      audience,
      message: promoMessage(),
      when: { mode: 'scheduled', localTime: '2026-03-03T10:00', timeZone: 'Europe/Madrid' },
    });
    expect(created.body.plan).toMatchObject({ recipients: 1 });
    await t.runtime.advanceClock(Date.UTC(2026, 2, 3, 8, 59));
    expect(rows.count(t.db, 'outbox')).toBe(0);
    await t.runtime.advanceClock(Date.UTC(2026, 2, 3, 9, 1));
    expect(rows.outbox(t.db).map((row) => row.to_wa_id)).toEqual(['34600000001']);
    const detail = (await t.api('GET', `/api/broadcasts/${created.body.id}`)).body;
    expect(detail).toMatchObject({ status: 'completed', startedAt: Date.UTC(2026, 2, 3, 9, 0) });
  });

  it('exports every recipient and result as CSV', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana, "la jefa"', tags: ['vip'] },
      { waId: '34600000002', name: 'Ben', tags: ['vip'], optIn: 'unknown' },
    ]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Spring',
      audience,
      message: promoMessage(),
      when: { mode: 'now' },
    });
    await t.runtime.settle();
    const response = await t.app.request(`/api/broadcasts/${created.body.id}/export.csv`, {
      headers: { authorization: `Bearer ${t.token}` },
    });
    expect(response.headers.get('content-type')).toContain('text/csv');
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'phone,name,state,excluded_reason,price,error_code,error,queued_at,sent_at,delivered_at,read_at,failed_at,replied_at,quick_reply',
    );
    const byPhone = Object.fromEntries(lines.slice(1).map((line) => [line.split(',')[0], line]));
    expect(byPhone['+34600000001']).toMatch(/^\+34600000001,"Ana, ""la jefa""",delivered,,marketing,,,2026-/);
    expect(byPhone['+34600000002']).toContain(',excluded,"This contact has not opted in');
  });

  it('lists its routes in the OpenAPI document', async () => {
    const doc = await t.api('GET', '/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/broadcasts', '/api/broadcasts/{id}/results', '/api/broadcasts/lists']),
    );
    expect(doc.body.paths['/api/broadcasts'].post.requestBody).toBeDefined();
    // The body is the create schema, not an empty placeholder.
    expect(doc.body.paths['/api/broadcasts'].post.requestBody).toMatchObject({
      required: true,
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: {
              name: { type: 'string' },
              audience: { type: 'object' },
              message: { type: 'object' },
              sendMode: { enum: ['cloud', 'marketingLite'] },
            },
          },
        },
      },
    });
  });
});
