import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allDocs } from '../api/apiRoutes.ts';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

/**
 * One workspace's agent against another workspace's conversations, contacts and leads, over every route that
 * touches them: nothing of the other workspace can be read or changed. A route added later under these tags
 * without a row here fails the coverage test.
 */
type Expect =
  | { status: 404 | 403 | 409 }
  /** A list: answers 200 without anything of the other workspace. */
  | { list: true }
  /** Works, but only inside the caller's own workspace (its own namespace). */
  | { own: number };

interface Case {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as documented (`/api/contacts/:id`). */
  route: string;
  /** The call, with `:conversation`, `:contact`, `:lead`, `:session`, `:pipeline`, `:waId` of workspace A. */
  path: string;
  body?: unknown;
  expect: Expect;
}

const TAGS = new Set(['contacts', 'leads', 'conversations', 'sessions', 'inbox', 'crm']);

const LIST = { list: true } as const;
const NOT_FOUND = { status: 404 } as const;
const FORBIDDEN = { status: 403 } as const;

/** A case that calls `route` with its `:id` standing for `target` (`:contact`, `:conversation`…), if it has one. */
const on =
  (target: string) =>
  (method: Case['method'], route: string, expect: Expect, body?: unknown): Case => ({
    method,
    route,
    path: route.replace(':id', target),
    expect,
    ...(body === undefined ? {} : { body }),
  });
const call = on(':id');
const contact = on(':contact');
const conversation = on(':conversation');
const lead = on(':lead');
const session = on(':session');
const pipeline = on(':pipeline');
/** The same case with another call of its route (a query, a literal name). */
const at = (c: Case, path: string): Case => ({ ...c, path });

const cases: Case[] = [
  // Contacts and their fields
  call('GET', '/api/contacts', LIST),
  at(call('GET', '/api/contacts', LIST), '/api/contacts?search=Maya'),
  call('POST', '/api/contacts', { own: 201 }, { waId: ':waId', name: 'Mine' }),
  contact('GET', '/api/contacts/:id', NOT_FOUND),
  contact('PATCH', '/api/contacts/:id', NOT_FOUND, { name: 'Hacked' }),
  contact('POST', '/api/contacts/:id/tags', NOT_FOUND, { add: ['x'] }),
  contact('PUT', '/api/contacts/:id/opt-in', NOT_FOUND, { status: 'optedOut' }),
  contact('DELETE', '/api/contacts/:id', NOT_FOUND),
  call('GET', '/api/contact-fields', LIST),
  call('POST', '/api/contact-fields', { own: 201 }, { name: 'mine' }),
  at(call('DELETE', '/api/contact-fields/:name', NOT_FOUND), '/api/contact-fields/company_size'),
  // Pipelines and leads
  call('GET', '/api/pipelines', LIST),
  call('POST', '/api/pipelines', FORBIDDEN, { name: 'sales' }),
  pipeline('POST', '/api/pipelines/:id/stages', FORBIDDEN, { name: 'x' }),
  call('GET', '/api/leads', LIST),
  at(call('GET', '/api/leads', LIST), '/api/leads?pipeline=sales'),
  call('POST', '/api/leads', NOT_FOUND, { contactId: ':contact', pipeline: 'sales', stage: 'won' }),
  lead('PATCH', '/api/leads/:id', NOT_FOUND, { stage: 'won' }),
  // Conversations
  call('GET', '/api/conversations', LIST),
  conversation('GET', '/api/conversations/:id', NOT_FOUND),
  conversation('GET', '/api/conversations/:id/messages', NOT_FOUND),
  conversation('POST', '/api/conversations/:id/messages', NOT_FOUND, { text: 'hi' }),
  conversation('POST', '/api/conversations/:id/read', NOT_FOUND),
  conversation('POST', '/api/conversations/:id/assign', NOT_FOUND, { team: 'x' }),
  conversation('POST', '/api/conversations/:id/resume-bot', NOT_FOUND),
  conversation('POST', '/api/conversations/:id/start-flow', NOT_FOUND, { flowId: 'lead-qualification' }),
  // Bot sessions
  call('GET', '/api/sessions', LIST),
  at(call('GET', '/api/sessions', LIST), '/api/sessions?conversation=:conversation'),
  session('GET', '/api/sessions/:id', NOT_FOUND),
  session('POST', '/api/sessions/:id/stop', NOT_FOUND),
  // The inbox
  call('GET', '/api/inbox/clock', { own: 200 }),
  at(call('GET', '/api/inbox/conversations', LIST), '/api/inbox/conversations?status=all'),
  at(call('GET', '/api/inbox/conversations', LIST), '/api/inbox/conversations?q=Maya'),
  conversation('GET', '/api/inbox/conversations/:id', NOT_FOUND),
  conversation('GET', '/api/inbox/conversations/:id/notes', NOT_FOUND),
  conversation('POST', '/api/inbox/conversations/:id/notes', NOT_FOUND, { text: 'x' }),
  conversation('POST', '/api/inbox/conversations/:id/take-over', NOT_FOUND),
  conversation('POST', '/api/inbox/conversations/:id/hand-back', NOT_FOUND, {}),
  conversation('POST', '/api/inbox/conversations/:id/close', NOT_FOUND),
  conversation('POST', '/api/inbox/conversations/:id/reopen', NOT_FOUND),
  conversation('POST', '/api/inbox/conversations/:id/assign', NOT_FOUND, { team: 'x' }),
  call('GET', '/api/inbox/assignees', { own: 200 }),
  call('GET', '/api/inbox/settings', { own: 200 }),
  call('PUT', '/api/inbox/settings', FORBIDDEN, { optOutKeywords: [] }),
  // The CRM views
  call('GET', '/api/crm/board', { own: 200 }),
  at(call('GET', '/api/crm/board', NOT_FOUND), '/api/crm/board?pipeline=:pipeline'),
  contact('GET', '/api/crm/contacts/:id/history', NOT_FOUND),
];

let t: TestApp;
let agentOfB: string;
let agentOfA: string;
const ids: Record<string, string> = {};
const fill = (text: string) => text.replace(/:([a-zA-Z]+)/g, (whole, name: string) => ids[name] ?? whole);

beforeAll(async () => {
  t = await createTestApp();
  // Workspace A (the seeded one): Maya, qualified and handed off; a note; a running session for Leo.
  await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', name: 'Maya Chen', text: 'Hi' });
  await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', button: 'quote' });
  const maya = (await t.api('POST', '/api/sandbox/inbound', { from: '15552220001', list: 'size_51_200' })).body;
  const leo = (await t.api('POST', '/api/sandbox/inbound', { from: '15552220002', name: 'Leo', text: 'Hi' })).body;
  ids.conversation = maya.conversationId;
  ids.contact = maya.contactId;
  ids.waId = '15552220001';
  ids.session = leo.sessionId;
  ids.lead = (await t.api('GET', '/api/leads')).body[0].id;
  ids.pipeline = (await t.api('GET', '/api/pipelines')).body[0].id;
  await t.api('POST', `/api/inbox/conversations/${maya.conversationId}/notes`, { text: 'Called her' });
  agentOfA = (await t.api('POST', '/api/members', { name: 'Agent of A', role: 'agent' })).body.token;
  // Workspace B and its agent.
  const adminOfB = createWorkspace(t.db, t.services.members, { name: 'B', now: t.clock.now() }).token;
  agentOfB = (await t.api('POST', '/api/members', { name: 'Agent of B', role: 'agent' }, adminOfB)).body.token;
});
afterAll(async () => {
  await t.close();
});

/** Everything of workspace A the calls might have touched. */
async function snapshotOfA() {
  const [conversation, contact, leads, session, notes, messages, settings] = await Promise.all([
    t.api('GET', `/api/inbox/conversations/${ids.conversation}`, undefined, agentOfA),
    t.api('GET', `/api/contacts/${ids.contact}`, undefined, agentOfA),
    t.api('GET', '/api/leads', undefined, agentOfA),
    t.api('GET', `/api/sessions/${ids.session}`, undefined, agentOfA),
    t.api('GET', `/api/inbox/conversations/${ids.conversation}/notes`, undefined, agentOfA),
    t.api('GET', `/api/conversations/${ids.conversation}/messages`, undefined, agentOfA),
    t.api('GET', '/api/inbox/settings', undefined, agentOfA),
  ]);
  const { now: _now, ...view } = conversation.body;
  return {
    view,
    contact: contact.body,
    leads: leads.body,
    session: session.body.status,
    notes: notes.body,
    messages: messages.body,
    settings: settings.body,
  };
}

describe('an agent of one workspace and another workspace’s conversations, contacts and leads', () => {
  it('every route under these tags has a case here', () => {
    const covered = new Set(cases.map((c) => `${c.method} ${c.route}`));
    const routes = allDocs.filter((doc) => TAGS.has(doc.tag)).map((doc) => `${doc.method.toUpperCase()} ${doc.path}`);
    expect(routes.filter((route) => !covered.has(route))).toEqual([]);
    expect([...covered].filter((route) => !routes.includes(route))).toEqual([]);
  });

  it.each(cases.map((c) => [`${c.method} ${c.path}`, c] as const))('%s', async (_name, c) => {
    const before = await snapshotOfA();
    const body = c.body === undefined ? undefined : JSON.parse(fill(JSON.stringify(c.body)));
    const res = await t.api(c.method, fill(c.path), body, agentOfB);
    if ('status' in c.expect) {
      expect(res.status).toBe(c.expect.status);
    } else if ('list' in c.expect) {
      expect(res.status).toBe(200);
      const text = JSON.stringify(res.body);
      for (const id of [ids.conversation, ids.contact, ids.lead, ids.session, ids.waId]) expect(text).not.toContain(id);
      expect(text).not.toContain('Maya');
    } else {
      expect(res.status).toBe(c.expect.own);
      const text = JSON.stringify(res.body);
      for (const id of [ids.conversation, ids.contact, ids.lead, ids.session, ids.pipeline])
        expect(text).not.toContain(id);
    }
    // Whatever the answer, workspace A is as it was.
    expect(await snapshotOfA()).toEqual(before);
  });

  it('the same calls with an agent of the data’s own workspace do reach it (the 404s are not broken routes)', async () => {
    for (const c of cases.filter((candidate) => candidate.method === 'GET' && 'status' in candidate.expect)) {
      const res = await t.api('GET', fill(c.path), undefined, agentOfA);
      expect([c.path, res.status]).toEqual([c.path, 200]);
    }
    const list = await t.api('GET', '/api/inbox/conversations?status=all', undefined, agentOfA);
    expect(list.body.conversations.map((row: { id: string }) => row.id)).toContain(ids.conversation);
  });
});
