import { buildMessageWebhook } from '@salesbot/whatsapp';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { postWebhook } from '../testing/webhookClient.ts';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const HOUR = 3_600_000;
const inbound = (from: string, body: Record<string, unknown>) =>
  t.api('POST', '/api/sandbox/inbound', { from, ...body });
const list = async (query = '') => (await t.api('GET', `/api/inbox/conversations${query}`)).body;
const ids = async (query = '') => ((await list(query)).conversations as { id: string }[]).map((row) => row.id);

/** Maya: qualified as hot, handed off to sales by lead qualification. */
async function handedOff(from = '15552220001', name = 'Maya Chen') {
  await inbound(from, { name, text: 'Hi' });
  await inbound(from, { button: 'quote' });
  return (await inbound(from, { list: 'size_51_200' })).body as { conversationId: string; contactId: string };
}

describe('the inbox list', () => {
  it('lists newest activity first with contact, last message, bot state and both windows', async () => {
    t = await createTestApp();
    const maya = await handedOff();
    t.clock.advance(60_000);
    const ana = (await inbound('15552220002', { name: 'Ana Ruiz', text: 'Hola, precio?' })).body;
    const page = await list();
    expect(page.now).toBe(t.clock.now());
    expect(page.conversations.map((row: { id: string }) => row.id)).toEqual([ana.conversationId, maya.conversationId]);
    const [first, second] = page.conversations;
    expect(first).toMatchObject({
      contact: { name: 'Ana Ruiz', waId: '15552220002', optIn: 'unknown' },
      unread: 1,
      bot: { state: 'running', pausedUntil: null },
      session: { flowId: 'lead-qualification', status: 'waiting' },
      window: { customerService: { open: true, remainingMs: 24 * HOUR } },
      closedAt: null,
      lastMessage: { direction: 'out', sender: 'bot' },
    });
    expect(second).toMatchObject({ assignedTeam: 'sales', bot: { state: 'handedOff' }, session: null });
    expect(page.counts).toEqual({ open: 2, unread: 2, mine: 0, unassigned: 1, handedOff: 1 });
  });

  it.each([
    ['?bot=handedOff', ['maya']],
    ['?bot=running', ['ana']],
    ['?bot=paused', []],
    ['?bot=idle', []],
    ['?assignee=unassigned', ['ana']],
    ['?assignee=team&team=sales', ['maya']],
    ['?assignee=me', []],
    ['?unread=1', ['ana', 'maya']],
    ['?window=open', ['ana', 'maya']],
    ['?window=closed', []],
    ['?q=ruiz', ['ana']],
    ['?q=MAYA', ['maya']],
    ['?q=555222000', ['ana', 'maya']],
    ['?q=%2B1%20555%20222%200001', ['maya']],
    ['?q=precio', ['ana']],
    ['?q=Pipewise', ['ana', 'maya']],
    ['?q=welcome%20to', ['ana', 'maya']], // the first bubble's header
    ['?q=growing%20teams', ['ana', 'maya']], // …and its footer
    ['?q=100%25', []],
  ])('filter %s', async (query, expected) => {
    t = await createTestApp();
    const maya = await handedOff();
    t.clock.advance(60_000);
    const ana = (await inbound('15552220002', { name: 'Ana Ruiz', text: 'Hola, precio?' })).body;
    const names: Record<string, string> = { maya: maya.conversationId, ana: ana.conversationId };
    expect(await ids(query)).toEqual(expected.map((name) => names[name]));
  });

  it("the window filter keeps a window WhatsApp's clock opened ahead of ours, however old its activity", async () => {
    t = await createTestApp();
    // WhatsApp stamps the message 10 minutes ahead of our clock; we apply it now: its activity is 10 minutes older
    // than the customer's message that opened the window.
    const body = buildMessageWebhook({
      phoneNumberId: t.sandboxPhoneNumberId,
      from: '15553330009',
      name: 'Ahead',
      id: 'wamid.ahead',
      timestamp: t.clock.now() + 10 * 60_000,
      content: { type: 'text', text: 'hello' },
    });
    expect((await postWebhook(t, body)).status).toBe(200);
    t.clock.advance(24 * HOUR + 5 * 60_000); // the window has 5 minutes left; the activity is 24 h 5 min old
    const open = await list('?window=open');
    expect(open.conversations.map((row: { contact: { waId: string } }) => row.contact.waId)).toEqual(['15553330009']);
    expect(open.conversations[0].window.customerService.open).toBe(true);
    expect(await ids('?window=closed')).toEqual([]);
  });

  it('the window filter follows the clock; pages follow the cursor', async () => {
    t = await createTestApp();
    for (const n of [1, 2, 3]) {
      await inbound(`1555333000${n}`, { text: `hello ${n}` });
      t.clock.advance(HOUR);
    }
    t.clock.advance(21.5 * HOUR); // they wrote 24.5 h, 23.5 h and 22.5 h ago
    expect((await ids('?window=closed')).length).toBe(1);
    expect((await ids('?window=open')).length).toBe(2);
    const first = await list('?limit=2');
    expect(first.conversations).toHaveLength(2);
    const second = await list(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.conversations).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.conversations, ...second.conversations].map((row: { id: string }) => row.id)).size).toBe(
      3,
    );
  });

  it('refuses a bad query with 400', async () => {
    t = await createTestApp();
    const res = await t.api('GET', '/api/inbox/conversations?bot=sleeping');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_query');
  });
});

describe('bot control', () => {
  it('take over pauses the bot until handed back; hand back resumes the waiting session', async () => {
    t = await createTestApp();
    const started = (await inbound('15552220003', { name: 'Leo', text: 'Hi' })).body;
    const taken = await t.api('POST', `/api/inbox/conversations/${started.conversationId}/take-over`);
    expect(taken.body).toMatchObject({ bot: { state: 'handedOff' }, assignedAgentName: 'Admin' });
    expect(await ids('?assignee=me')).toEqual([started.conversationId]);
    // The customer taps a button: stored, no bot answers while an agent has it.
    expect((await inbound('15552220003', { button: 'quote' })).body.replies).toEqual([]);
    const back = await t.api('POST', `/api/inbox/conversations/${started.conversationId}/hand-back`, {});
    expect(back.body).toMatchObject({ bot: { state: 'running' }, session: { id: started.sessionId } });
    expect((await inbound('15552220003', { button: 'quote' })).body.replies).toHaveLength(1);
    const notes = (await t.api('GET', `/api/inbox/conversations/${started.conversationId}/notes`)).body;
    expect(notes.map((note: { text: string }) => note.text)).toEqual([
      'Admin took over: the bot is paused until handed back',
      'Admin handed back to the bot',
    ]);
  });

  it('hand back can start a chosen flow (the running session stops first)', async () => {
    t = await createTestApp();
    await t.api('POST', '/api/flows/appointment-booking/publish');
    const started = (await inbound('15552220004', { text: 'Hi' })).body;
    const back = await t.api('POST', `/api/inbox/conversations/${started.conversationId}/hand-back`, {
      flowId: 'appointment-booking',
    });
    expect(back.status).toBe(200);
    expect(back.body.session).toMatchObject({ flowId: 'appointment-booking', status: 'waiting' });
    const sessions = (await t.api('GET', `/api/sessions?conversation=${started.conversationId}`)).body;
    expect(sessions.find((s: { id: string }) => s.id === started.sessionId)).toMatchObject({
      status: 'ended',
      endReason: 'agentTookOver',
    });
    const unknown = await t.api('POST', `/api/inbox/conversations/${started.conversationId}/hand-back`, {
      flowId: 'nope',
    });
    expect(unknown.status).toBe(404);
  });

  it('close stops the bot and hides the conversation; the customer’s next message reopens it', async () => {
    t = await createTestApp();
    const started = (await inbound('15552220005', { text: 'Hi' })).body;
    const closed = await t.api('POST', `/api/inbox/conversations/${started.conversationId}/close`);
    expect(closed.body).toMatchObject({ closedBy: 'Admin', session: null, unread: 0, bot: { state: 'idle' } });
    expect(closed.body.closedAt).toBe(t.clock.now());
    expect(await ids()).toEqual([]);
    expect(await ids('?status=closed')).toEqual([started.conversationId]);
    expect(await ids('?status=all&bot=idle')).toEqual([started.conversationId]);
    await inbound('15552220005', { text: 'one more thing' });
    expect(await ids()).toEqual([started.conversationId]);
    const notes = (await t.api('GET', `/api/inbox/conversations/${started.conversationId}/notes`)).body;
    expect(notes.at(-1)).toMatchObject({ kind: 'system', text: 'Reopened: the customer wrote again' });
  });

  it('a bot handoff leaves its note; assignment goes to members and teams with a trail', async () => {
    t = await createTestApp();
    const maya = await handedOff();
    const notes = (await t.api('GET', `/api/inbox/conversations/${maya.conversationId}/notes`)).body;
    expect(notes).toEqual([
      expect.objectContaining({
        kind: 'handoff',
        author: 'lead-qualification v1',
        text: 'Handed off to team sales: Hot lead. Interest: Quote. Company size: 51-200. Reply within the hour.',
      }),
    ]);
    // It sits after the bot's last message (made in the same step, the same millisecond).
    const messages = (await t.api('GET', `/api/conversations/${maya.conversationId}/messages`)).body;
    expect(notes[0].afterMessageId).toBe(messages.at(-1).id);
    expect(messages.at(-1).content.message.text.body).toContain("I'm connecting you with our sales team");
    const agent = (await t.api('POST', '/api/members', { name: 'Sam', role: 'agent' })).body;
    const assigned = await t.api('POST', `/api/inbox/conversations/${maya.conversationId}/assign`, {
      agentId: agent.id,
    });
    expect(assigned.body).toMatchObject({ assignedAgent: agent.id, assignedAgentName: 'Sam', assignedTeam: 'sales' });
    expect((await t.api('GET', '/api/inbox/conversations?assignee=me', undefined, agent.token)).body.counts.mine).toBe(
      1,
    );
    const wrong = await t.api('POST', `/api/inbox/conversations/${maya.conversationId}/assign`, { agentId: 'mb_x' });
    expect(wrong.status).toBe(400);
    const note = await t.api('POST', `/api/inbox/conversations/${maya.conversationId}/notes`, { text: 'Called her.' });
    expect(note.status).toBe(201);
    const all = (await t.api('GET', `/api/inbox/conversations/${maya.conversationId}/notes`)).body;
    expect(all.map((n: { text: string }) => n.text).slice(1)).toEqual(['Admin assigned it to Sam', 'Called her.']);
    expect((await t.api('GET', '/api/inbox/assignees')).body).toMatchObject({
      members: expect.arrayContaining([expect.objectContaining({ name: 'Sam', role: 'agent' })]),
      teams: ['sales'],
    });
  });
});

describe('human replies pause the bot', () => {
  it('a coexistence echo pauses the bot for the workspace’s configured time', async () => {
    t = await createTestApp();
    expect((await t.api('PUT', '/api/inbox/settings', { humanReplyPauseMinutes: 10 })).status).toBe(200);
    const started = (await inbound('15552220006', { text: 'Hi' })).body;
    const echo = await t.api('POST', '/api/sandbox/echo', { to: '15552220006', text: 'Hi, it is Sam from my phone' });
    expect(echo.body.conversationId).toBe(started.conversationId);
    const row = (await t.api('GET', `/api/inbox/conversations/${started.conversationId}`)).body;
    expect(row.bot).toEqual({ state: 'paused', pausedUntil: t.clock.now() + 10 * 60_000 });
    // The list's ?bot= filters agree with the row (the table above only ever sees them empty).
    expect(await ids('?bot=paused')).toEqual([started.conversationId]);
    expect(await ids('?bot=running')).toEqual([]);
    expect(row.lastMessage).toMatchObject({ sender: 'echo', direction: 'out' });
    expect((await inbound('15552220006', { button: 'quote' })).body.replies).toEqual([]);
    t.clock.advance(10 * 60_000);
    expect((await inbound('15552220006', { button: 'quote' })).body.replies).toHaveLength(1);
  });

  it('an agent’s message pauses the bot for the server default unless the workspace sets one', async () => {
    t = await createTestApp();
    const started = (await inbound('15552220007', { text: 'Hi' })).body;
    await t.api('POST', `/api/conversations/${started.conversationId}/messages`, { text: 'Hello from Sam' });
    const row = (await t.api('GET', `/api/inbox/conversations/${started.conversationId}`)).body;
    expect(row.bot.pausedUntil).toBe(t.clock.now() + t.config.bot.humanReplyPauseMs);
  });

  it('settings: admins change them, agents read them, bad values are refused', async () => {
    t = await createTestApp();
    const agent = (await t.api('POST', '/api/members', { name: 'Sam', role: 'agent' })).body.token;
    expect((await t.api('GET', '/api/inbox/settings', undefined, agent)).body.optOutKeywords).toContain('BAJA');
    expect((await t.api('PUT', '/api/inbox/settings', { optOutKeywords: ['X'] }, agent)).status).toBe(403);
    expect((await t.api('PUT', '/api/inbox/settings', { humanReplyPauseMinutes: -1 })).status).toBe(400);
    const saved = (await t.api('PUT', '/api/inbox/settings', { optOutKeywords: ['PARAR'] })).body;
    expect(saved).toMatchObject({ optOutKeywords: ['PARAR'], optInKeywords: ['START', 'SUBSCRIBE', 'ALTA'] });
  });
});

describe('opt-out and opt-in keywords', () => {
  it('STOP opts the contact out, stops the bot and confirms; no flow answers it; START opts back in', async () => {
    t = await createTestApp();
    const started = (await inbound('15552220008', { name: 'Eva', text: 'Hi' })).body;
    const stop = (await inbound('15552220008', { text: 'Stop' })).body;
    expect(stop.replies).toHaveLength(1);
    expect(stop.replies[0]).toMatchObject({
      sender: 'bot',
      price: 'free',
      content: { system: 'optOut', message: { type: 'text' } },
    });
    const contact = (await t.api('GET', `/api/contacts/${started.contactId}`)).body;
    expect(contact).toMatchObject({
      optIn: 'optedOut',
      optInAt: t.clock.now(),
      optInMethod: 'keyword STOP',
      optInSource: 'WhatsApp message to +1 555 000 0001',
      marketingOptOut: true,
    });
    const row = (await t.api('GET', `/api/inbox/conversations/${started.conversationId}`)).body;
    expect(row).toMatchObject({ session: null, contact: { optIn: 'optedOut' } });
    const start = (await inbound('15552220008', { text: 'ALTA' })).body;
    expect(start.replies[0].content.system).toBe('optIn');
    expect((await t.api('GET', `/api/contacts/${started.contactId}`)).body).toMatchObject({
      optIn: 'optedIn',
      optInMethod: 'keyword ALTA',
      marketingOptOut: false,
    });
  });

  it('a new contact whose first message is BAJA gets no bot, only the confirmation', async () => {
    t = await createTestApp();
    const res = (await inbound('15552220009', { text: 'baja' })).body;
    expect(res.sessionId).toBeNull();
    expect(res.replies.map((reply: { content: { system?: string } }) => reply.content.system)).toEqual(['optOut']);
  });

  it('an empty confirmation sends nothing; the workspace’s own keywords apply', async () => {
    t = await createTestApp();
    await t.api('PUT', '/api/inbox/settings', { optOutKeywords: ['PARAR'], optOutConfirmation: '' });
    expect((await inbound('15552220010', { text: 'STOP' })).body.sessionId).not.toBeNull();
    const res = (await inbound('15552220011', { text: 'parar' })).body;
    expect(res).toMatchObject({ sessionId: null, replies: [] });
    expect((await t.api('GET', `/api/contacts/${res.contactId}`)).body.optIn).toBe('optedOut');
  });
});
