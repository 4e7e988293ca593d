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

const cases: Case[] = [
  // Contacts and their fields
  { method: 'GET', route: '/api/contacts', path: '/api/contacts', expect: { list: true } },
  { method: 'GET', route: '/api/contacts', path: '/api/contacts?search=Maya', expect: { list: true } },
  {
    method: 'POST',
    route: '/api/contacts',
    path: '/api/contacts',
    body: { waId: ':waId', name: 'Mine' },
    expect: { own: 201 },
  },
  { method: 'GET', route: '/api/contacts/:id', path: '/api/contacts/:contact', expect: { status: 404 } },
  {
    method: 'PATCH',
    route: '/api/contacts/:id',
    path: '/api/contacts/:contact',
    body: { name: 'Hacked' },
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/contacts/:id/tags',
    path: '/api/contacts/:contact/tags',
    body: { add: ['x'] },
    expect: { status: 404 },
  },
  {
    method: 'PUT',
    route: '/api/contacts/:id/opt-in',
    path: '/api/contacts/:contact/opt-in',
    body: { status: 'optedOut' },
    expect: { status: 404 },
  },
  { method: 'DELETE', route: '/api/contacts/:id', path: '/api/contacts/:contact', expect: { status: 404 } },
  { method: 'GET', route: '/api/contact-fields', path: '/api/contact-fields', expect: { list: true } },
  {
    method: 'POST',
    route: '/api/contact-fields',
    path: '/api/contact-fields',
    body: { name: 'mine' },
    expect: { own: 201 },
  },
  {
    method: 'DELETE',
    route: '/api/contact-fields/:name',
    path: '/api/contact-fields/company_size',
    expect: { status: 404 },
  },
  // Pipelines and leads
  { method: 'GET', route: '/api/pipelines', path: '/api/pipelines', expect: { list: true } },
  { method: 'POST', route: '/api/pipelines', path: '/api/pipelines', body: { name: 'sales' }, expect: { status: 403 } },
  {
    method: 'POST',
    route: '/api/pipelines/:id/stages',
    path: '/api/pipelines/:pipeline/stages',
    body: { name: 'x' },
    expect: { status: 403 },
  },
  { method: 'GET', route: '/api/leads', path: '/api/leads', expect: { list: true } },
  { method: 'GET', route: '/api/leads', path: '/api/leads?pipeline=sales', expect: { list: true } },
  {
    method: 'POST',
    route: '/api/leads',
    path: '/api/leads',
    body: { contactId: ':contact', pipeline: 'sales', stage: 'won' },
    expect: { status: 404 },
  },
  {
    method: 'PATCH',
    route: '/api/leads/:id',
    path: '/api/leads/:lead',
    body: { stage: 'won' },
    expect: { status: 404 },
  },
  // Conversations
  { method: 'GET', route: '/api/conversations', path: '/api/conversations', expect: { list: true } },
  { method: 'GET', route: '/api/conversations/:id', path: '/api/conversations/:conversation', expect: { status: 404 } },
  {
    method: 'GET',
    route: '/api/conversations/:id/messages',
    path: '/api/conversations/:conversation/messages',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/messages',
    path: '/api/conversations/:conversation/messages',
    body: { text: 'hi' },
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/read',
    path: '/api/conversations/:conversation/read',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/assign',
    path: '/api/conversations/:conversation/assign',
    body: { team: 'x' },
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/resume-bot',
    path: '/api/conversations/:conversation/resume-bot',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/start-flow',
    path: '/api/conversations/:conversation/start-flow',
    body: { flowId: 'lead-qualification' },
    expect: { status: 404 },
  },
  // Bot sessions
  { method: 'GET', route: '/api/sessions', path: '/api/sessions', expect: { list: true } },
  { method: 'GET', route: '/api/sessions', path: '/api/sessions?conversation=:conversation', expect: { list: true } },
  { method: 'GET', route: '/api/sessions/:id', path: '/api/sessions/:session', expect: { status: 404 } },
  { method: 'POST', route: '/api/sessions/:id/stop', path: '/api/sessions/:session/stop', expect: { status: 404 } },
  // The inbox
  { method: 'GET', route: '/api/inbox/clock', path: '/api/inbox/clock', expect: { own: 200 } },
  {
    method: 'GET',
    route: '/api/inbox/conversations',
    path: '/api/inbox/conversations?status=all',
    expect: { list: true },
  },
  { method: 'GET', route: '/api/inbox/conversations', path: '/api/inbox/conversations?q=Maya', expect: { list: true } },
  {
    method: 'GET',
    route: '/api/inbox/conversations/:id',
    path: '/api/inbox/conversations/:conversation',
    expect: { status: 404 },
  },
  {
    method: 'GET',
    route: '/api/inbox/conversations/:id/notes',
    path: '/api/inbox/conversations/:conversation/notes',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/notes',
    path: '/api/inbox/conversations/:conversation/notes',
    body: { text: 'x' },
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/take-over',
    path: '/api/inbox/conversations/:conversation/take-over',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/hand-back',
    path: '/api/inbox/conversations/:conversation/hand-back',
    body: {},
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/close',
    path: '/api/inbox/conversations/:conversation/close',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/reopen',
    path: '/api/inbox/conversations/:conversation/reopen',
    expect: { status: 404 },
  },
  {
    method: 'POST',
    route: '/api/inbox/conversations/:id/assign',
    path: '/api/inbox/conversations/:conversation/assign',
    body: { team: 'x' },
    expect: { status: 404 },
  },
  { method: 'GET', route: '/api/inbox/assignees', path: '/api/inbox/assignees', expect: { own: 200 } },
  { method: 'GET', route: '/api/inbox/settings', path: '/api/inbox/settings', expect: { own: 200 } },
  {
    method: 'PUT',
    route: '/api/inbox/settings',
    path: '/api/inbox/settings',
    body: { optOutKeywords: [] },
    expect: { status: 403 },
  },
  // The CRM views
  { method: 'GET', route: '/api/crm/board', path: '/api/crm/board', expect: { own: 200 } },
  { method: 'GET', route: '/api/crm/board', path: '/api/crm/board?pipeline=:pipeline', expect: { status: 404 } },
  {
    method: 'GET',
    route: '/api/crm/contacts/:id/history',
    path: '/api/crm/contacts/:contact/history',
    expect: { status: 404 },
  },
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
