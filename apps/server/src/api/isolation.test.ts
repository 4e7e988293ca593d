import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

let t: TestApp;
let other: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).token;
  const inbound = await t.api('POST', '/api/sandbox/inbound', { from: '15550008888', name: 'Ana', text: 'Hi' });
  ids.conversation = inbound.body.conversationId;
  ids.contact = inbound.body.contactId;
  ids.session = inbound.body.sessionId;
  ids.channel = (await t.api('GET', '/api/channels')).body[0].id;
  ids.template = (await t.api('GET', '/api/templates')).body[0].id;
  ids.lead = (await t.api('POST', '/api/leads', { contactId: ids.contact, pipeline: 'Sales', stage: 'New' })).body.id;
  ids.member = (await t.api('POST', '/api/members', { name: 'Agent A' })).body.id;
});
afterAll(async () => {
  await t.close();
});

describe('one workspace never sees another’s data', () => {
  const routes: [string, string, unknown?][] = [
    ['GET', '/api/flows/lead-qualification'],
    ['PUT', '/api/flows/lead-qualification', { graph: { id: 'lead-qualification', name: 'x' } }],
    ['PATCH', '/api/flows/lead-qualification', { name: 'x' }],
    ['DELETE', '/api/flows/lead-qualification'],
    ['POST', '/api/flows/lead-qualification/duplicate'],
    ['POST', '/api/flows/lead-qualification/validate'],
    ['POST', '/api/flows/lead-qualification/publish'],
    ['GET', '/api/flows/lead-qualification/versions'],
    ['GET', '/api/flows/lead-qualification/versions/1'],
    ['GET', '/api/flows/lead-qualification/analytics'],
    ['GET', '/api/conversations/:conversation'],
    ['GET', '/api/conversations/:conversation/messages'],
    ['POST', '/api/conversations/:conversation/messages', { text: 'hi' }],
    ['POST', '/api/conversations/:conversation/read'],
    ['POST', '/api/conversations/:conversation/assign', { team: 'x' }],
    ['POST', '/api/conversations/:conversation/resume-bot'],
    ['POST', '/api/conversations/:conversation/start-flow', { flowId: 'lead-qualification' }],
    ['GET', '/api/contacts/:contact'],
    ['PATCH', '/api/contacts/:contact', { name: 'x' }],
    ['POST', '/api/contacts/:contact/tags', { add: ['x'] }],
    ['PUT', '/api/contacts/:contact/opt-in', { status: 'optedIn' }],
    ['DELETE', '/api/contacts/:contact'],
    ['GET', '/api/sessions/:session'],
    ['POST', '/api/sessions/:session/stop'],
    ['PATCH', '/api/channels/:channel', { name: 'x' }],
    ['POST', '/api/channels/:channel/resume'],
    ['DELETE', '/api/channels/:channel'],
    ['PUT', '/api/templates/:template', { status: 'PAUSED' }],
    ['DELETE', '/api/templates/:template'],
    ['PATCH', '/api/leads/:lead', { stage: 'Won' }],
    ['POST', '/api/leads', { contactId: ':contact', pipeline: 'Sales', stage: 'Won' }],
    ['DELETE', '/api/members/:member'],
  ];
  const fill = (text: string) => text.replace(/:([a-z]+)/g, (whole, name: string) => ids[name] ?? whole);

  it.each(routes)('%s %s with another workspace’s token → 404', async (method, path, body) => {
    const res = await t.api(
      method,
      fill(path),
      body === undefined ? undefined : JSON.parse(fill(JSON.stringify(body))),
      other,
    );
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it.each([
    '/api/flows',
    '/api/conversations',
    '/api/contacts',
    '/api/sessions',
    '/api/templates',
    '/api/channels',
    '/api/leads',
    '/api/pipelines',
  ])('GET %s lists nothing of the other workspace', async (path) => {
    const mine = await t.api('GET', path);
    const theirs = await t.api('GET', path, undefined, other);
    expect(mine.body.length).toBeGreaterThan(0);
    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual([]);
  });

  it('the data is untouched after all those calls', async () => {
    expect((await t.api('GET', '/api/flows/lead-qualification')).body.name).toBe('Lead qualification');
    expect((await t.api('GET', `/api/contacts/${ids.contact}`)).status).toBe(200);
    expect((await t.api('GET', `/api/sessions/${ids.session}`)).body.status).toBe('waiting');
  });

  it('the same flow id in two workspaces names two different flows', async () => {
    const created = await t.api('POST', '/api/flows', { graph: { id: 'lead-qualification', name: 'Theirs' } }, other);
    expect(created.status).toBe(201);
    expect((await t.api('GET', '/api/flows/lead-qualification', undefined, other)).body.name).toBe('Theirs');
    expect((await t.api('GET', '/api/flows/lead-qualification')).body.name).toBe('Lead qualification');
  });

  it('sandbox inbound of a workspace without a sandbox channel is refused, not routed elsewhere', async () => {
    const res = await t.api('POST', '/api/sandbox/inbound', { from: '15550008888', text: 'Hi' }, other);
    expect(res.status).toBe(409);
  });
});

describe('authorisation', () => {
  it.each(['/api/flows', '/api/conversations', '/api/events', '/api/me'])('%s without a token → 401', async (path) => {
    const res = await t.app.request(path);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('a wrong token → 401', async () => {
    expect((await t.api('GET', '/api/flows', undefined, 'sb_wrong')).status).toBe(401);
  });

  it('an agent may read and answer, not change flows or channels', async () => {
    const agent = (await t.api('POST', '/api/members', { name: 'Agent B', role: 'agent' })).body.token;
    expect((await t.api('GET', '/api/flows', undefined, agent)).status).toBe(200);
    expect((await t.api('POST', '/api/flows/lead-qualification/publish', undefined, agent)).status).toBe(403);
    expect(
      (await t.api('POST', '/api/channels', { phoneNumberId: '123456', displayPhoneNumber: '+15550101' }, agent))
        .status,
    ).toBe(403);
    expect((await t.api('GET', `/api/conversations/${ids.conversation}`, undefined, agent)).status).toBe(200);
  });

  it('the OpenAPI document is public and lists the routes', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/flows', '/api/flows/{id}/publish', '/api/sandbox/inbound']),
    );
    expect(doc.paths['/api/flows']!.post).toMatchObject({ requestBody: expect.any(Object) });
  });
});
