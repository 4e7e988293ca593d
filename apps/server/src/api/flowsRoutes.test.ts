import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { pingFlow } from '../testing/fixtures.ts';
import { rows } from '../testing/rows.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('flows API', () => {
  it('lists the seeded example flows, lead qualification published', async () => {
    const res = await t.api('GET', '/api/flows');
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.map((flow: { id: string }) => [flow.id, flow]));
    expect(Object.keys(byId).sort()).toEqual([
      'appointment-booking',
      'event-registration',
      'lead-qualification',
      'order-update',
      're-engagement',
      'support-triage',
    ]);
    expect(byId['lead-qualification']).toMatchObject({ publishedVersion: 1, errorCount: 0 });
    expect(byId['order-update']).toMatchObject({ publishedVersion: null, errorCount: 0 });
  });

  it('counts the sessions each flow started in the last 7 days', async () => {
    const sessions7d = async () =>
      Object.fromEntries(
        (await t.api('GET', '/api/flows')).body.map((flow: { id: string; sessions7d: number }) => [
          flow.id,
          flow.sessions7d,
        ]),
      );
    expect((await sessions7d())['lead-qualification']).toBe(0);
    await t.api('POST', '/api/sandbox/inbound', { from: '15550002001', text: 'Hi' });
    t.clock.advance(3 * 86_400_000);
    await t.api('POST', '/api/sandbox/inbound', { from: '15550002002', text: 'Hi' });
    expect(await sessions7d()).toMatchObject({ 'lead-qualification': 2, 'support-triage': 0 });
    t.clock.advance(5 * 86_400_000); // the first is 8 days old now
    expect((await sessions7d())['lead-qualification']).toBe(1);
  });

  it('creates an empty flow from a name, with an "any message" trigger', async () => {
    const res = await t.api('POST', '/api/flows', { name: 'Welcome back' });
    expect(res.status).toBe(201);
    expect(res.body.id).toBe('welcome-back');
    expect(res.body.draft.triggers).toEqual([
      { id: 'start', type: 'inboundMessage', nodeId: null, match: { kind: 'any' }, newContactsOnly: false },
    ]);
    expect((await t.api('POST', '/api/flows', { name: 'Welcome back' })).body.id).toBe('welcome-back-2');
  });

  it('creates one from a graph; 409 when the id exists', async () => {
    expect((await t.api('POST', '/api/flows', { graph: pingFlow })).status).toBe(201);
    const again = await t.api('POST', '/api/flows', { graph: pingFlow });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
  });

  it('names the field when the body is wrong', async () => {
    const res = await t.api('POST', '/api/flows', { graph: { id: 'bad id!', name: 'x' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/graph\.id|name/);
    expect((await t.api('POST', '/api/flows', '{not json')).body.error.code).toBe('invalid_json');
  });

  it('saves drafts with diagnostics, refusing a stale base', async () => {
    const flow = (await t.api('GET', '/api/flows/order-update')).body;
    const graph = { ...flow.draft, name: 'Order update (v2)' };
    const saved = await t.api('PUT', '/api/flows/order-update', { graph, baseUpdatedAt: flow.updatedAt });
    expect(saved.status).toBe(200);
    expect(saved.body.diagnostics).toEqual(expect.any(Array));
    expect(saved.body.updatedAt).toBeGreaterThan(flow.updatedAt);
    const stale = await t.api('PUT', '/api/flows/order-update', { graph, baseUpdatedAt: flow.updatedAt });
    expect(stale.status).toBe(409);
    expect((await t.api('GET', '/api/flows/order-update')).body.name).toBe('Order update (v2)');
  });

  it('renames, duplicates and deletes', async () => {
    expect((await t.api('PATCH', '/api/flows/order-update', { name: 'Shipping' })).body.name).toBe('Shipping');
    const copy = await t.api('POST', '/api/flows/order-update/duplicate');
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ id: 'order-update-copy', name: 'Shipping (copy)' });
    expect((await t.api('DELETE', '/api/flows/order-update-copy')).status).toBe(200);
    expect((await t.api('GET', '/api/flows/order-update-copy')).status).toBe(404);
    expect((await t.api('GET', '/api/flows')).body.map((flow: { id: string }) => flow.id)).not.toContain(
      'order-update-copy',
    );
  });

  it('validates a draft against the workspace', async () => {
    const res = await t.api('POST', '/api/flows/lead-qualification/validate');
    expect(res.status).toBe(200);
    expect(res.body.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
  });

  it('refuses to publish a flow using an unknown template, with diagnostics', async () => {
    await t.api('POST', '/api/flows', { graph: pingFlow });
    const res = await t.api('POST', '/api/flows/ping/publish');
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_flow');
    const errors = res.body.error.details.diagnostics.filter((d: { severity: string }) => d.severity === 'error');
    expect(
      errors.some(
        (d: { nodeId?: string; message: string }) => d.nodeId === 'fallback' && /ping_fallback/.test(d.message),
      ),
    ).toBe(true);
  });

  it('refuses to publish a flow using a template that is not approved', async () => {
    const templates = (await t.api('GET', '/api/templates')).body;
    const nudge = templates.find((template: { name: string }) => template.name === 'spring_sale_nudge');
    expect((await t.api('PUT', `/api/templates/${nudge.id}`, { status: 'PENDING' })).status).toBe(200);
    const res = await t.api('POST', '/api/flows/re-engagement/publish');
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.error.details.diagnostics)).toContain('spring_sale_nudge');
    expect((await t.api('PUT', `/api/templates/${nudge.id}`, { status: 'APPROVED' })).status).toBe(200);
    expect((await t.api('POST', '/api/flows/re-engagement/publish')).status).toBe(200);
  });

  it('publishes numbered versions, newest first', async () => {
    const second = await t.api('POST', '/api/flows/lead-qualification/publish');
    expect(second.body.version).toBe(2);
    const versions = await t.api('GET', '/api/flows/lead-qualification/versions');
    expect(versions.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body[0].nodeCount).toBeGreaterThan(5);
    const one = await t.api('GET', '/api/flows/lead-qualification/versions/1');
    expect(one.body.graph.id).toBe('lead-qualification');
    expect((await t.api('GET', '/api/flows/lead-qualification/versions/9')).status).toBe(404);
  });

  it('a running session keeps its version when a new one is published', async () => {
    const first = await t.api('POST', '/api/sandbox/inbound', { from: '15550006666', name: 'Ana', text: 'Hi' });
    const flow = (await t.api('GET', '/api/flows/lead-qualification')).body;
    const draft = structuredClone(flow.draft);
    const askSize = draft.nodes.find((node: { id: string }) => node.id === 'ask_size');
    askSize.data.body = 'VERSION TWO: how big is your team?';
    expect((await t.api('PUT', '/api/flows/lead-qualification', { graph: draft })).status).toBe(200);
    expect((await t.api('POST', '/api/flows/lead-qualification/publish')).body.version).toBe(2);

    const tap = await t.api('POST', '/api/sandbox/inbound', { from: '15550006666', button: 'quote' });
    expect(tap.body.sessionId).toBe(first.body.sessionId);
    expect(JSON.stringify(tap.body.replies)).not.toContain('VERSION TWO');
    expect(rows.sessions(t.db)[0]!.flow_version).toBe(1);

    await t.api('POST', '/api/sandbox/inbound', { from: '15550007777', name: 'Bo', text: 'Hi' });
    const fresh = await t.api('POST', '/api/sandbox/inbound', { from: '15550007777', button: 'quote' });
    expect(JSON.stringify(fresh.body.replies)).toContain('VERSION TWO');
  });
});
