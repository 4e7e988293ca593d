import { buildMessageWebhook } from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, TEST_APP_SECRET, type TestApp } from '../testing/createTestApp.ts';
import { signBody } from '../webhook/verifySignature.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const DAY_MS = 86_400_000;

/** A customer's messages through the sandbox, each answered before the next (as a person reads and replies). */
async function say(from: string, ...messages: Record<string, unknown>[]) {
  for (const message of messages) {
    const res = await t.api('POST', '/api/sandbox/inbound', { from, name: `Contact ${from}`, ...message });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    await t.runtime.settle();
  }
}

const analytics = async (query = '') => {
  const res = await t.api('GET', `/api/flows/lead-qualification/analytics${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};

describe('GET /api/flows/:id/analytics', () => {
  it('counts where sessions went: steps reached, outputs taken, who waits where, how sessions ended', async () => {
    await say('15550000001', { text: 'Hi' }, { button: 'quote' }, { list: 'size_51_200' }); // hot: handed to sales
    await say('15550000002', { text: 'Hello' }, { button: 'pricing' }, { list: 'size_1_10' }); // cold: pricing link
    await say('15550000003', { text: 'Hey' }); // still deciding
    await say('15550000004', { text: 'Hi there' }, { button: 'quote' }); // waits on the company size

    const body = await analytics();
    expect(body.sessions).toEqual({ started: 4, running: 2, ended: { handoff: 1, completed: 1 } });
    expect(body.steps.welcome).toMatchObject({
      reached: 4,
      waiting: 1,
      refused: 0,
      outputs: { quote: 2, pricing: 1 },
    });
    expect(body.steps.ask_size).toMatchObject({ reached: 3, waiting: 1, outputs: { size_51_200: 1, size_1_10: 1 } });
    expect(body.steps.set_interest_quote.outputs).toEqual({ next: 2 });
    expect(body.steps.qualify.outputs).toEqual({ hot: 1, else: 1 });
    expect(body.steps.handoff_sales.reached).toBe(1);
    expect(body.steps.end_cold.reached).toBe(1);
    expect(body.steps.unclear_text).toBeUndefined();
    // Every welcome went out and the sandbox reported it delivered; a step that sends nothing has no messages.
    expect(body.steps.welcome.messages).toEqual({ delivered: 4 });
    expect(body.steps.ask_size.messages).toEqual({ delivered: 3 });
    expect(body.steps.qualify.messages).toBeUndefined();
    expect(body).toMatchObject({
      flowId: 'lead-qualification',
      since: null,
      version: null,
      channelId: null,
      readAt: t.clock.now(),
    });
  });

  it('a session that passes a step twice counts once there; its messages count each', async () => {
    // A menu whose "Again" button loops back to it through a text step: the customer goes round twice, then leaves.
    const graph = {
      schemaVersion: 1,
      id: 'loop',
      name: 'Loop',
      triggers: [{ id: 'kw', type: 'inboundMessage', nodeId: 'menu', match: { kind: 'keyword', keywords: ['loop'] } }],
      variables: [],
      nodes: [
        {
          id: 'menu',
          type: 'buttons',
          position: { x: 0, y: 0 },
          data: {
            body: 'Once more?',
            buttons: [
              { id: 'again', title: 'Again' },
              { id: 'done', title: 'Done' },
            ],
          },
        },
        { id: 'more', type: 'text', position: { x: 300, y: 0 }, data: { body: 'Here we go again.' } },
        { id: 'bye', type: 'end', position: { x: 300, y: 200 }, data: {} },
      ],
      edges: [
        { id: 'e1', source: 'menu', sourceHandle: 'again', target: 'more' },
        { id: 'e2', source: 'more', sourceHandle: 'next', target: 'menu' },
        { id: 'e3', source: 'menu', sourceHandle: 'done', target: 'bye' },
      ],
    };
    expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
    expect((await t.api('POST', '/api/flows/loop/publish')).status).toBe(200);
    await say('15550000011', { text: 'loop' }, { button: 'again' }, { button: 'again' }, { button: 'done' });

    const body = (await t.api('GET', '/api/flows/loop/analytics')).body;
    expect(body.sessions).toEqual({ started: 1, running: 0, ended: { completed: 1 } });
    expect(body.steps.menu).toMatchObject({ reached: 1, outputs: { again: 1, done: 1 }, messages: { delivered: 3 } });
    expect(body.steps.more).toMatchObject({ reached: 1, outputs: { next: 1 }, messages: { delivered: 2 } });
    expect(body.steps.bye.reached).toBe(1);
  });

  it('?days= counts the sessions started in the last days only', async () => {
    await say('15550000021', { text: 'Hi' });
    t.clock.advance(10 * DAY_MS);
    await say('15550000022', { text: 'Hi' });
    expect((await analytics('?days=7')).sessions.started).toBe(1);
    expect((await analytics('?days=7')).since).toBe(t.clock.now() - 7 * DAY_MS);
    expect((await analytics('?days=30')).sessions.started).toBe(2);
    expect((await analytics()).sessions.started).toBe(2);
  });

  it('?version= counts one published version’s sessions', async () => {
    await say('15550000031', { text: 'Hi' });
    const flow = (await t.api('GET', '/api/flows/lead-qualification')).body;
    expect((await t.api('PUT', '/api/flows/lead-qualification', { graph: flow.draft })).status).toBe(200);
    const published = await t.api('POST', '/api/flows/lead-qualification/publish');
    expect(published.body.version).toBe(2);
    await say('15550000032', { text: 'Hi' });
    await say('15550000033', { text: 'Hi' });
    expect((await analytics('?version=1')).sessions.started).toBe(1);
    expect((await analytics('?version=2')).steps.welcome.reached).toBe(2);
    expect((await analytics()).sessions.started).toBe(3);
    const missing = await t.api('GET', '/api/flows/lead-qualification/analytics?version=9');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain('no version 9');
  });

  it('?channel= counts the sessions of one number’s conversations (a test number’s apart)', async () => {
    const connected = await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000300',
      displayPhoneNumber: '+34 600 000 300',
      accessToken: 'a-token',
      appSecret: TEST_APP_SECRET,
    });
    expect(connected.status).toBe(201);
    const sandbox = (await t.api('GET', '/api/channels')).body.find((channel: { sandbox: boolean }) => channel.sandbox);
    await say('15550000051', { text: 'Hi' });
    await say('15550000052', { text: 'Hi' });
    // A customer of the real number, through a signed webhook.
    const webhook = JSON.stringify(
      buildMessageWebhook({
        phoneNumberId: '20000000300',
        from: '15550000053',
        name: 'Real Customer',
        id: 'wamid.analytics.real.1',
        timestamp: t.clock.now(),
        content: { type: 'text', text: 'Hi' },
      }),
    );
    const delivered = await t.app.request('/webhooks/whatsapp', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(webhook, TEST_APP_SECRET) },
      body: webhook,
    });
    expect(delivered.status).toBe(200);

    expect((await analytics(`?channel=${connected.body.id}`)).sessions.started).toBe(1);
    const sandboxOnly = await analytics(`?channel=${sandbox.id}&days=7`);
    expect(sandboxOnly).toMatchObject({ channelId: sandbox.id, sessions: { started: 2 } });
    expect(sandboxOnly.steps.welcome.reached).toBe(2);
    expect((await analytics()).sessions.started).toBe(3);
    const unknown = await t.api('GET', '/api/flows/lead-qualification/analytics?channel=ch_nope');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('No channel "ch_nope"');
  });

  it('counts the messages the policy refused at their steps, and the window-closed path taken', async () => {
    // Hello, a day's wait (the window closes), a free-form nudge whose "window closed" path is a template — which was
    // paused after publishing: the nudge and the template are both refused at run time.
    const orderUpdate = (await t.api('GET', '/api/flows/order-update')).body.draft;
    const template = orderUpdate.nodes.find((node: { id: string }) => node.id === 'delivery_check');
    const graph = {
      schemaVersion: 1,
      id: 'later',
      name: 'Later',
      triggers: [
        { id: 'kw', type: 'inboundMessage', nodeId: 'hello', match: { kind: 'keyword', keywords: ['later'] } },
      ],
      variables: orderUpdate.variables,
      nodes: [
        { id: 'hello', type: 'text', position: { x: 0, y: 0 }, data: { body: 'Hello!' } },
        { id: 'wait', type: 'delay', position: { x: 300, y: 0 }, data: { duration: { amount: 25, unit: 'hours' } } },
        { id: 'again', type: 'text', position: { x: 600, y: 0 }, data: { body: 'Still there?' } },
        { ...template, id: 'tpl', data: { ...template.data, timeout: undefined } },
        { id: 'done', type: 'end', position: { x: 1200, y: 0 }, data: {} },
      ],
      edges: [
        { id: 'e1', source: 'hello', sourceHandle: 'next', target: 'wait' },
        { id: 'e2', source: 'wait', sourceHandle: 'next', target: 'again' },
        { id: 'e3', source: 'again', sourceHandle: 'windowClosed', target: 'tpl' },
        { id: 'e4', source: 'tpl', sourceHandle: 'received', target: 'done' },
        { id: 'e5', source: 'tpl', sourceHandle: 'not_yet', target: 'done' },
      ],
    };
    expect((await t.api('POST', '/api/flows', { graph })).status).toBe(201);
    const published = await t.api('POST', '/api/flows/later/publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const templates = (await t.api('GET', '/api/templates')).body as { id: string; name: string }[];
    const registered = templates.find((entry) => entry.name === 'delivery_check')!;
    expect((await t.api('PUT', `/api/templates/${registered.id}`, { status: 'PAUSED' })).status).toBe(200);
    await say('15550000041', { text: 'later' });
    t.clock.advance(25 * 3_600_000 + 1000);
    await t.runtime.settle();

    const body = (await t.api('GET', '/api/flows/later/analytics')).body;
    expect(body.steps.hello).toMatchObject({
      reached: 1,
      refused: 0,
      outputs: { next: 1 },
      messages: { delivered: 1 },
    });
    expect(body.steps.again).toMatchObject({ reached: 1, refused: 1, outputs: { windowClosed: 1 } });
    expect(body.steps.again.messages).toBeUndefined();
    expect(body.steps.tpl).toMatchObject({ reached: 1, refused: 1 });
    expect(body.sessions).toEqual({ started: 1, running: 0, ended: { refused: 1 } });
  });

  it('names what is wrong with its query, and another workspace’s token finds no flow', async () => {
    for (const [query, name] of [
      ['?days=0', 'days'],
      ['?days=abc', 'days'],
      ['?version=-1', 'version'],
      ['?version=1.5', 'version'],
    ]) {
      const res = await t.api('GET', `/api/flows/lead-qualification/analytics${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(`${name}: must be a whole number from 1`);
    }
    const other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).token;
    const res = await t.api('GET', '/api/flows/lead-qualification/analytics', undefined, other);
    expect(res.status).toBe(404);
    expect((await t.api('GET', '/api/flows/nope/analytics')).status).toBe(404);
  });

  it('a flow no one has run yet has nothing to count', async () => {
    expect(await analytics()).toMatchObject({ sessions: { started: 0, running: 0, ended: {} }, steps: {} });
  });
});
