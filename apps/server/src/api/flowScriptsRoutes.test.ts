import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';

const FLOWS = join(import.meta.dirname, '../../../../flows');
const example = JSON.parse(readFileSync(join(FLOWS, 'lead-qualification.script.json'), 'utf8'));
const BASE = '/api/flows/lead-qualification/scripts';

/** What the preview records: one conversation, a customer step, the bot's answer, where the session ended up. */
function recorded(text = 'Hi') {
  return {
    flow: 'lead-qualification.json',
    conversations: [
      {
        name: 'Recorded in the preview',
        start: '2026-03-02T09:00:00Z',
        contact: { waId: '15551234567', name: 'Ana López', fields: {}, tags: [], optIn: 'optedIn' },
        steps: [
          { customer: { text } },
          { bot: [{ price: 'free', message: { type: 'text', text: { body: 'Hello' } } }] },
          { expect: { status: 'waiting', node: 'welcome' } },
        ],
      },
    ],
  };
}

let t: TestApp;
let other: string;
/** Folders of databases reopened by path (createTestApp removes only the ones it made). */
const reopened: string[] = [];
beforeEach(async () => {
  t = await createTestApp({ clock: createManualClock() });
  other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).token;
});
afterEach(async () => {
  await t.close();
  for (const dir of reopened.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('flow scripts API', () => {
  it('stores a script under a name, lists it, returns it as put, replaces it, deletes it', async () => {
    expect((await t.api('GET', BASE)).body).toEqual([]);
    const created = await t.api('PUT', `${BASE}/ana-says-hi`, recorded());
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ name: 'ana-says-hi', conversations: 1, updatedAt: t.clock.now() });
    expect((await t.api('PUT', `${BASE}/examples`, example)).status).toBe(201);

    expect((await t.api('GET', BASE)).body).toEqual([
      { name: 'ana-says-hi', conversations: 1, createdAt: t.clock.now(), updatedAt: t.clock.now() },
      {
        name: 'examples',
        conversations: example.conversations.length,
        createdAt: t.clock.now(),
        updatedAt: t.clock.now(),
      },
    ]);
    expect((await t.api('GET', `${BASE}/ana-says-hi`)).body).toEqual(recorded());
    expect((await t.api('GET', `${BASE}/examples`)).body).toEqual(example);

    const createdAt = t.clock.now();
    t.clock.advance(60_000);
    const replaced = await t.api('PUT', `${BASE}/ana-says-hi`, recorded('Hello there'));
    expect(replaced.status).toBe(200);
    expect((await t.api('GET', `${BASE}/ana-says-hi`)).body).toEqual(recorded('Hello there'));
    expect((await t.api('GET', BASE)).body[0]).toEqual({
      name: 'ana-says-hi',
      conversations: 1,
      createdAt,
      updatedAt: createdAt + 60_000,
    });

    expect(await t.api('DELETE', `${BASE}/ana-says-hi`)).toEqual({ status: 200, body: { deleted: 'ana-says-hi' } });
    expect((await t.api('GET', `${BASE}/ana-says-hi`)).status).toBe(404);
    expect((await t.api('DELETE', `${BASE}/ana-says-hi`)).status).toBe(404);
    expect((await t.api('GET', BASE)).body.map((s: { name: string }) => s.name)).toEqual(['examples']);
  });

  it('refuses an invalid script with 400 naming where the problem is, and stores nothing', async () => {
    const script = recorded();
    (script.conversations[0]!.steps as unknown[]).splice(1, 0, { advance: '25 hours' });
    const res = await t.api('PUT', `${BASE}/broken`, script);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_body');
    expect(res.body.error.message).toMatch(/^conversations\.0\.steps\.1\.advance: a duration/);
    expect(res.body.error.details.issues[0].path).toBe('conversations.0.steps.1.advance');

    const twoKinds = recorded();
    twoKinds.conversations[0]!.steps[0] = { customer: { text: 'Hi', button: 'yes' } } as never;
    expect((await t.api('PUT', `${BASE}/broken`, twoKinds)).body.error.message).toMatch(
      /^conversations\.0\.steps\.0\.customer: the customer sends exactly one of/,
    );
    expect((await t.api('PUT', `${BASE}/broken`, '{"flow":')).body.error.code).toBe('invalid_json');
    expect((await t.api('PUT', `${BASE}/broken`, { flow: 'x.json' })).body.error.message).toMatch(/^conversations: /);
    expect(rows.count(t.db, 'flow_scripts')).toBe(0);
  });

  it.each(['Ana', 'ana_says_hi', 'ana says hi', 'a'.repeat(61), 'ünïcode'])(
    'refuses the name %j with 400',
    async (name) => {
      const path = `${BASE}/${encodeURIComponent(name)}`;
      const put = await t.api('PUT', path, recorded());
      expect(put.status).toBe(400);
      expect(put.body.error.code).toBe('invalid_name');
      expect((await t.api('GET', path)).body.error.code).toBe('invalid_name');
      expect((await t.api('DELETE', path)).body.error.code).toBe('invalid_name');
    },
  );

  it('takes the longest name, 60 characters', async () => {
    expect((await t.api('PUT', `${BASE}/${'a-1'.repeat(20)}`, recorded())).status).toBe(201);
  });

  it('answers 404 for a flow that does not exist or was deleted', async () => {
    expect((await t.api('GET', '/api/flows/nope/scripts')).status).toBe(404);
    expect((await t.api('PUT', '/api/flows/nope/scripts/a', recorded())).status).toBe(404);
    await t.api('PUT', `${BASE}/a`, recorded());
    await t.api('DELETE', '/api/flows/lead-qualification');
    expect((await t.api('GET', BASE)).status).toBe(404);
    expect((await t.api('GET', `${BASE}/a`)).status).toBe(404);
  });

  it('a flow deleted and created again under its id starts without the old scripts', async () => {
    await t.api('PUT', '/api/flows/order-update/scripts/old', recorded());
    const draft = (await t.api('GET', '/api/flows/order-update')).body.draft;
    await t.api('DELETE', '/api/flows/order-update');
    t.clock.advance(1000);
    expect((await t.api('POST', '/api/flows', { graph: draft })).status).toBe(201);
    expect((await t.api('GET', '/api/flows/order-update/scripts')).body).toEqual([]);
    expect((await t.api('GET', '/api/flows/order-update/scripts/old')).status).toBe(404);
    // Saving under the old name makes a new script, not the old one back.
    expect((await t.api('PUT', '/api/flows/order-update/scripts/old', recorded('new'))).status).toBe(201);
    expect((await t.api('GET', '/api/flows/order-update/scripts/old')).body).toEqual(recorded('new'));
    expect(rows.count(t.db, 'flow_scripts')).toBe(1);
  });

  it('another workspace’s token gets 404 on every route, and changes nothing', async () => {
    await t.api('PUT', `${BASE}/mine`, recorded());
    for (const [method, path, body] of [
      ['GET', BASE],
      ['GET', `${BASE}/mine`],
      ['PUT', `${BASE}/mine`, recorded('theirs')],
      ['PUT', `${BASE}/new-one`, recorded('theirs')],
      ['DELETE', `${BASE}/mine`],
    ] as const) {
      const res = await t.api(method, path, body, other);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await t.api('GET', BASE)).body.map((s: { name: string }) => s.name)).toEqual(['mine']);
    expect((await t.api('GET', `${BASE}/mine`)).body).toEqual(recorded());
  });

  it('the same flow id in two workspaces keeps two sets of scripts', async () => {
    await t.api('PUT', `${BASE}/mine`, recorded());
    expect(
      (await t.api('POST', '/api/flows', { graph: { id: 'lead-qualification', name: 'Theirs' } }, other)).status,
    ).toBe(201);
    expect((await t.api('GET', BASE, undefined, other)).body).toEqual([]);
    expect((await t.api('GET', `${BASE}/mine`, undefined, other)).status).toBe(404);
    expect((await t.api('PUT', `${BASE}/mine`, recorded('theirs'), other)).status).toBe(201);
    expect((await t.api('GET', `${BASE}/mine`, undefined, other)).body).toEqual(recorded('theirs'));
    expect((await t.api('GET', `${BASE}/mine`)).body).toEqual(recorded());
  });

  it('an agent may read scripts, not store or delete them', async () => {
    await t.api('PUT', `${BASE}/mine`, recorded());
    const agent = (await t.api('POST', '/api/members', { name: 'Agent', role: 'agent' })).body.token;
    expect((await t.api('GET', BASE, undefined, agent)).body).toHaveLength(1);
    expect((await t.api('GET', `${BASE}/mine`, undefined, agent)).status).toBe(200);
    expect((await t.api('PUT', `${BASE}/mine`, recorded('x'), agent)).status).toBe(403);
    expect((await t.api('DELETE', `${BASE}/mine`, undefined, agent)).status).toBe(403);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = recorded('x'.repeat(1024 * 1024));
    const res = await t.api('PUT', `${BASE}/big`, big);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('too_large');
  });

  it('keeps scripts in the database file across a restart', async () => {
    await t.api('PUT', `${BASE}/kept`, recorded());
    await t.close({ keepFiles: true });
    reopened.push(dirname(t.dbPath));
    t = await createTestApp({ dbPath: t.dbPath, clock: t.clock });
    expect((await t.api('GET', `${BASE}/kept`)).body).toEqual(recorded());
  });

  it('is in the OpenAPI document, the PUT with the script format as its body', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: unknown }> } }>>;
    };
    expect(Object.keys(doc.paths['/api/flows/{id}/scripts'] ?? {})).toEqual(['get']);
    expect(Object.keys(doc.paths['/api/flows/{id}/scripts/{name}'] ?? {}).sort()).toEqual(['delete', 'get', 'put']);
    const schema = doc.paths['/api/flows/{id}/scripts/{name}']!.put!.requestBody!.content['application/json']!
      .schema as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(['flow', 'conversations']);
  });
});
