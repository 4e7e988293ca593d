import type { GraphInput } from '@salesbot/graph';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { insertContacts, PROMO_TEMPLATE, promoMessage, registerTemplates } from './testing/broadcastFixtures.ts';

/** A flow started by a broadcast reply: `buttonPayload` set → only that quick reply. */
const replyFlow = (id: string, text: string, buttonPayload?: string): GraphInput => ({
  schemaVersion: 1,
  id,
  name: id,
  triggers: [{ id: 't', type: 'broadcastReply', nodeId: 'say', ...(buttonPayload ? { buttonPayload } : {}) }],
  variables: [],
  nodes: [{ id: 'say', type: 'text', data: { body: text } }],
  edges: [],
});

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  registerTemplates(t, PROMO_TEMPLATE);
  for (const graph of [
    replyFlow('any-reply', 'Thanks for your answer!'),
    replyFlow('show-me', 'Here is the spring catalogue.', 'show_me'),
  ]) {
    expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
    expect((await t.api('POST', `/api/flows/${graph.id}/publish`)).status).toBe(200);
  }
});
afterEach(() => t.close());

const botTexts = (waId: string) =>
  rows
    .messages(
      t.db,
      "sender = 'bot' AND conversation_id IN (SELECT cv.id FROM conversations cv JOIN contacts c ON c.id = cv.contact_id WHERE c.wa_id = ?)",
      waId,
    )
    .map((message) => (JSON.parse(message.content) as { message: { text?: { body: string } } }).message.text?.body);

describe('replies to a broadcast', () => {
  it('a quick-reply tap starts the flow for that payload; any other reply the general reply flow', async () => {
    insertContacts(t, [
      { waId: '34600000001', name: 'Ana', tags: ['vip'] },
      { waId: '34600000002', name: 'Ben', tags: ['vip'] },
      { waId: '34600000003', name: 'Cleo', tags: ['vip'] },
    ]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Spring',
      audience: { tags: ['vip'] },
      message: promoMessage(),
      when: { mode: 'now' },
    });
    await t.runtime.settle();
    const sentTo = (waId: string) =>
      rows.messages(
        t.db,
        "sender = 'broadcast' AND conversation_id IN (SELECT cv.id FROM conversations cv JOIN contacts c ON c.id = cv.contact_id WHERE c.wa_id = ?)",
        waId,
      )[0]!;

    const tap = await t.api('POST', '/api/sandbox/inbound', {
      from: '34600000001',
      quickReply: { payload: 'show_me', text: 'Show me' },
      contextId: sentTo('34600000001').wamid,
    });
    expect(tap.status).toBe(200);
    await t.runtime.settle();
    expect(rows.sessions(t.db, 'id = ?', tap.body.sessionId)[0]).toMatchObject({ flow_id: 'show-me' });
    expect(botTexts('34600000001')).toEqual(['Here is the spring catalogue.']);

    const other = await t.api('POST', '/api/sandbox/inbound', {
      from: '34600000002',
      quickReply: { payload: 'not_now', text: 'Not now' },
      contextId: sentTo('34600000002').wamid,
    });
    expect(rows.sessions(t.db, 'id = ?', other.body.sessionId)[0]).toMatchObject({ flow_id: 'any-reply' });

    // A plain text answer (no quoted message) to the last message, which was the broadcast.
    const text = await t.api('POST', '/api/sandbox/inbound', { from: '34600000003', text: 'Is it online too?' });
    expect(rows.sessions(t.db, 'id = ?', text.body.sessionId)[0]).toMatchObject({ flow_id: 'any-reply' });
    await t.runtime.settle();

    const results = (await t.api('GET', `/api/broadcasts/${created.body.id}/results`)).body;
    expect(results.counts).toMatchObject({ sent: 3, replied: 3 });
    expect(results.counts.quickReplies).toEqual(
      expect.arrayContaining([
        { payload: 'show_me', count: 1 },
        { payload: 'not_now', count: 1 },
      ]),
    );
    // The reply opened Ana's 24-hour window as any message does.
    const conversation = (await t.api('GET', '/api/conversations')).body.find(
      (row: { contact: { waId: string } }) => row.contact.waId === '34600000001',
    );
    expect(conversation.window.customerService.open).toBe(true);
  });

  it('counts an opt-out after the broadcast among its results', async () => {
    const [ana] = insertContacts(t, [{ waId: '34600000001', name: 'Ana', tags: ['vip'] }]);
    const created = await t.api('POST', '/api/broadcasts', {
      name: 'Spring',
      audience: { tags: ['vip'] },
      message: promoMessage(),
      when: { mode: 'now' },
    });
    await t.runtime.settle();
    t.clock.advance(60_000);
    await t.api('PUT', `/api/contacts/${ana}/opt-in`, { status: 'optedOut' });
    const results = (await t.api('GET', `/api/broadcasts/${created.body.id}/results`)).body;
    expect(results.counts.optedOut).toBe(1);
  });
});
