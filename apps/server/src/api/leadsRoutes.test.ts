import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';

let t: TestApp;
let contactId: string;
beforeEach(async () => {
  t = await createTestApp();
  const graph = {
    schemaVersion: 1,
    id: 'qualified-followup',
    name: 'Qualified follow-up',
    triggers: [{ id: 'qualified', type: 'stageChanged', pipeline: 'Sales', stage: 'Qualified', nodeId: 'hello' }],
    nodes: [
      { id: 'hello', type: 'text', data: { body: 'Great news: you are qualified!' } },
      {
        id: 'hello_template',
        type: 'template',
        data: { name: 'qualified_notice', language: 'en_US', category: 'utility', body: 'You are qualified.' },
      },
    ],
    edges: [{ id: 'closed', source: 'hello', sourceHandle: 'windowClosed', target: 'hello_template' }],
  };
  await t.api('POST', '/api/templates', { name: 'qualified_notice', language: 'en_US', category: 'utility' });
  expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
  expect((await t.api('POST', '/api/flows/qualified-followup/publish')).status).toBe(200);
  const inbound = await t.api('POST', '/api/sandbox/inbound', { from: '15550009999', name: 'Ana', text: 'Hi' });
  contactId = inbound.body.contactId;
  await t.api('POST', `/api/sessions/${inbound.body.sessionId}/stop`);
});
afterEach(async () => {
  await t.close();
});

const followUps = () => rows.sessions(t.db, "flow_id = 'qualified-followup'");

describe('leads and pipelines', () => {
  it('moving a lead to a stage through the API starts the flow that stage triggers, once', async () => {
    const created = await t.api('POST', '/api/leads', { contactId, pipeline: 'Sales', stage: 'New' });
    expect(created.status).toBe(200);
    expect(followUps()).toHaveLength(0);

    const moved = await t.api('PATCH', `/api/leads/${created.body.id}`, { stage: 'Qualified' });
    expect(moved.body).toMatchObject({ stage: 'Qualified', changed: true, sessionId: expect.any(String) });
    expect(followUps()).toHaveLength(1);
    await t.runtime.settle();
    const sent = (await t.api('GET', '/api/sandbox/messages?contact=15550009999')).body;
    expect(sent.at(-1).content.message).toEqual({ type: 'text', text: { body: 'Great news: you are qualified!' } });

    const again = await t.api('PATCH', `/api/leads/${created.body.id}`, { stage: 'Qualified' });
    expect(again.body).toMatchObject({ changed: false, sessionId: null });
    expect(followUps()).toHaveLength(1);
    expect((await t.api('PATCH', '/api/leads/ld_nothing', { stage: 'Qualified' })).status).toBe(404);
  });

  it('the board shows each stage’s most recently moved leads, with the whole stage’s count and value', async () => {
    await t.api('POST', '/api/pipelines', { name: 'Deals', stages: ['Open', 'Won'] });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const inbound = await t.api('POST', '/api/sandbox/inbound', { from: `1555000770${i}`, text: 'Hi' });
      const lead = await t.api('POST', '/api/leads', {
        contactId: inbound.body.contactId,
        pipeline: 'Deals',
        stage: 'Open',
        value: 100 * (i + 1),
      });
      made.push(lead.body.id);
      t.clock.advance(1000);
    }
    const pipelineId = (await t.api('GET', '/api/pipelines')).body.find((p: { name: string }) => p.name === 'Deals').id;
    const board = (await t.api('GET', `/api/crm/board?pipeline=${pipelineId}&perStage=2`)).body;
    const open = board.stages.find((stage: { name: string }) => stage.name === 'Open');
    expect(open).toMatchObject({ total: 5, value: 1500 });
    expect(board.stages.find((stage: { name: string }) => stage.name === 'Won')).toMatchObject({ total: 0, value: 0 });
    // The two most recently moved, newest first.
    expect(board.leads.map((lead: { id: string }) => lead.id)).toEqual([made[4], made[3]]);
    expect(board.leads[0].contact.waId).toBe('15550007704');
  });

  it("a contact's page lists its own leads, not its neighbours'", async () => {
    const other = await t.api('POST', '/api/sandbox/inbound', { from: '15550008888', name: 'Bo', text: 'Hi' });
    await t.api('POST', '/api/leads', { contactId: other.body.contactId, pipeline: 'Sales', stage: 'New' });
    const sales = await t.api('POST', '/api/leads', { contactId, pipeline: 'Sales', stage: 'Qualified' });
    await t.api('POST', '/api/pipelines', { name: 'Partners', stages: ['Intro', 'Signed'] });
    const partners = await t.api('POST', '/api/leads', { contactId, pipeline: 'Partners', stage: 'Intro' });
    const page = (await t.api('GET', `/api/contacts/${contactId}`)).body;
    expect(page.leads.map((lead: { id: string }) => lead.id).sort()).toEqual([sales.body.id, partners.body.id].sort());
    expect(page.leads.every((lead: { contactId: string }) => lead.contactId === contactId)).toBe(true);
  });

  it('lists pipelines with stages, and leads', async () => {
    await t.api('POST', '/api/pipelines', { name: 'Partners', stages: ['Intro', 'Signed'] });
    const pipelines = (await t.api('GET', '/api/pipelines')).body;
    expect(
      pipelines.find((p: { name: string }) => p.name === 'Partners').stages.map((s: { name: string }) => s.name),
    ).toEqual(['Intro', 'Signed']);
    await t.api('POST', '/api/leads', { contactId, pipeline: 'Partners', stage: 'Intro', value: 1200 });
    expect((await t.api('GET', '/api/leads?pipeline=Partners')).body).toEqual([
      expect.objectContaining({ contactId, pipeline: 'Partners', stage: 'Intro', value: 1200 }),
    ]);
  });

  it('lists leads a page at a time, most recently moved first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const contact = await t.api('POST', '/api/sandbox/inbound', { from: `1555000660${i}`, text: 'Hi' });
      ids.push(
        (await t.api('POST', '/api/leads', { contactId: contact.body.contactId, pipeline: 'Sales', stage: 'New' })).body
          .id,
      );
      t.clock.advance(1000);
    }
    const newestFirst = [...ids].reverse();
    const first = (await t.api('GET', '/api/leads?pipeline=Sales&limit=2')).body;
    const second = (await t.api('GET', '/api/leads?pipeline=Sales&limit=2&offset=2')).body;
    const rest = (await t.api('GET', '/api/leads?pipeline=Sales&limit=2&offset=4')).body;
    expect([...first, ...second, ...rest].map((lead: { id: string }) => lead.id)).toEqual(newestFirst);
    expect((await t.api('GET', '/api/leads?limit=-1')).status).toBe(400);
  });
});

describe('contacts', () => {
  it('keeps fields, tags and opt-in with when, how and where', async () => {
    const patched = await t.api('PATCH', `/api/contacts/${contactId}`, { fields: { company: 'Acme', plan: 'pro' } });
    expect(patched.body.fields).toEqual({ company: 'Acme', plan: 'pro' });
    const removed = await t.api('PATCH', `/api/contacts/${contactId}`, { fields: { plan: null } });
    expect(removed.body.fields).toEqual({ company: 'Acme' });
    const tagged = await t.api('POST', `/api/contacts/${contactId}/tags`, {
      add: ['vip', 'spring'],
      remove: ['spring'],
    });
    expect(tagged.body.tags).toEqual(['vip']);
    const optIn = await t.api('PUT', `/api/contacts/${contactId}/opt-in`, {
      status: 'optedIn',
      method: 'website form',
      source: 'https://x.test/form',
    });
    expect(optIn.body).toMatchObject({
      optIn: 'optedIn',
      optInAt: t.clock.now(),
      optInMethod: 'website form',
      optInSource: 'https://x.test/form',
    });
    expect((await t.api('GET', '/api/contact-fields')).body.map((f: { name: string }) => f.name)).toContain('company');
    expect((await t.api('GET', '/api/contacts?tag=vip')).body).toHaveLength(1);
  });

  it('names the bad field', async () => {
    const res = await t.api('POST', '/api/contacts', { waId: '+34 600' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^waId: /);
  });
});
