import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const lastSent = async (waId: string) => {
  const sent = (await t.api('GET', `/api/sandbox/messages?contact=${waId}`)).body as {
    content: { message: unknown };
  }[];
  return sent.at(-1)?.content.message;
};

describe('effects of a bot step, performed in the same transaction', () => {
  it('lead qualification: variables, contact fields, tags, stage, then a handoff that assigns and pauses', async () => {
    t = await createTestApp();
    await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', name: 'Maya Chen', text: 'Hi' });
    await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', button: 'quote' });
    const last = await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', list: 'size_51_200' });
    const contact = (await t.api('GET', `/api/contacts/${last.body.contactId}`)).body;
    expect(contact.tags).toEqual(['hot']);
    expect(contact.fields).toMatchObject({ company_size: '51-200' });
    expect(contact.leads).toEqual([expect.objectContaining({ pipeline: 'sales', stage: 'qualified' })]);
    const conversation = (await t.api('GET', `/api/conversations/${last.body.conversationId}`)).body;
    expect(conversation).toMatchObject({ assignedTeam: 'sales', botPaused: true, activeSession: null });
    expect(rows.sessions(t.db)[0]).toMatchObject({ status: 'ended', end_reason: 'handoff' });

    // Paused: the customer's next message is stored, no bot answers it.
    const after = await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', text: 'hello?' });
    expect(after.body).toMatchObject({ sessionId: null, replies: [] });
    // Until an agent hands it back.
    expect((await t.api('POST', `/api/conversations/${last.body.conversationId}/resume-bot`)).body.botPaused).toBe(
      false,
    );
  });

  it('goToFlow starts the target flow’s published version in the same transaction', async () => {
    t = await createTestApp();
    const target = {
      schemaVersion: 1,
      id: 'target',
      name: 'Target',
      triggers: [{ id: 'api', type: 'api', nodeId: 'hello' }],
      nodes: [
        { id: 'hello', type: 'text', data: { body: 'You are in the target flow.' } },
        {
          id: 'hello_tpl',
          type: 'template',
          data: { name: 'target_hello', language: 'en_US', category: 'utility', body: 'Hello.' },
        },
      ],
      edges: [{ id: 'closed', source: 'hello', sourceHandle: 'windowClosed', target: 'hello_tpl' }],
    };
    await t.api('POST', '/api/templates', { name: 'target_hello', language: 'en_US', category: 'utility' });
    const source = {
      schemaVersion: 1,
      id: 'source',
      name: 'Source',
      triggers: [{ id: 'kw', type: 'inboundMessage', nodeId: 'jump', match: { kind: 'keyword', keywords: ['jump'] } }],
      nodes: [{ id: 'jump', type: 'goToFlow', data: { flowId: 'target' } }],
      edges: [],
    };
    for (const graph of [target, source]) {
      expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
      expect((await t.api('POST', `/api/flows/${graph.id}/publish`)).status).toBe(200);
    }
    await t.api('POST', '/api/sandbox/inbound', { from: '15552220002', text: 'Hi' });
    const stop = (await t.api('GET', '/api/sessions?status=waiting')).body[0];
    await t.api('POST', `/api/sessions/${stop.id}/stop`);
    const res = await t.api('POST', '/api/sandbox/inbound', { from: '15552220002', text: 'jump' });
    expect(res.body.replies.map((reply: { content: { message: unknown } }) => reply.content.message)).toEqual([
      { type: 'text', text: { body: 'You are in the target flow.' } },
    ]);
    const sessions = rows.sessions(t.db, "flow_id IN ('source', 'target')");
    expect(sessions.map((s) => [s.flow_id, s.status, s.end_reason]).sort()).toEqual([
      ['source', 'ended', 'goToFlow'],
      ['target', 'ended', 'completed'],
    ]);
  });

  it('a webhook step is called outside the transaction and its answer fed back as webhookResult', async () => {
    const calls: { url: string; method: string; body: string | null }[] = [];
    const fetchStub: typeof fetch = async (input, init) => {
      calls.push({ url: String(input), method: init?.method ?? 'GET', body: (init?.body as string) ?? null });
      return new Response(JSON.stringify({ order: { status: 'shipped' } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    };
    t = await createTestApp({ fetch: fetchStub });
    const graph = {
      schemaVersion: 1,
      id: 'lookup',
      name: 'Lookup',
      triggers: [
        { id: 'kw', type: 'inboundMessage', nodeId: 'call', match: { kind: 'keyword', keywords: ['status'] } },
      ],
      variables: [{ name: 'order_status' }],
      nodes: [
        {
          id: 'call',
          type: 'webhook',
          data: {
            method: 'POST',
            url: 'https://shop.example/orders',
            body: '{"phone":"{{contact.wa_id}}"}',
            responseMappings: [{ path: 'order.status', variable: 'order_status' }],
          },
        },
        { id: 'ok', type: 'text', data: { body: 'Your order is {{order_status}}.' } },
        { id: 'failed', type: 'text', data: { body: 'Sorry, I could not look it up.' } },
      ],
      edges: [
        { id: 'e1', source: 'call', sourceHandle: 'next', target: 'ok' },
        { id: 'e2', source: 'call', sourceHandle: 'error', target: 'failed' },
      ],
    };
    expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
    const published = await t.api('POST', '/api/flows/lookup/publish');
    expect(published.status).toBe(200);
    await t.api('POST', '/api/contacts', { waId: '15552220003' });
    await t.db.prepare("UPDATE contacts SET first_inbound_at = 1 WHERE wa_id = '15552220003'").run();
    const res = await t.api('POST', '/api/sandbox/inbound', { from: '15552220003', text: 'status' });
    expect(res.body.replies).toEqual([]);
    expect(rows.count(t.db, 'callouts', "state = 'pending'")).toBe(1);
    await t.runtime.settle();
    expect(calls).toEqual([{ url: 'https://shop.example/orders', method: 'POST', body: '{"phone":"15552220003"}' }]);
    expect(await lastSent('15552220003')).toEqual({ type: 'text', text: { body: 'Your order is shipped.' } });
    expect(rows.count(t.db, 'callouts', "state = 'done'")).toBe(1);
  });
});
