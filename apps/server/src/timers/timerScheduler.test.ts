import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { publishPingFlow } from '../testing/fixtures.ts';
import { rows } from '../testing/rows.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close({ keepFiles: true });
});

const HOUR = 60 * 60_000;

describe('timers', () => {
  it('fire when due, fed to the session that scheduled them', async () => {
    const t = await createTestApp();
    apps.push(t);
    await publishPingFlow(t);
    await t.api('POST', '/api/sandbox/inbound', { from: '15550001111', text: 'wait' });
    expect(rows.count(t.db, 'timers', "state = 'pending'")).toBe(1);
    t.clock.advance(HOUR - 1);
    await t.runtime.settle();
    expect(rows.messages(t.db, "direction = 'out'")).toHaveLength(0);
    t.clock.advance(1);
    await t.runtime.settle();
    const [sent] = rows.messages(t.db, "direction = 'out'");
    expect(JSON.parse(sent!.content).message).toEqual({ type: 'text', text: { body: 'An hour later.' } });
    expect(rows.count(t.db, 'timers', "state = 'fired'")).toBe(1);
    expect(rows.sessions(t.db)[0]).toMatchObject({ status: 'ended', end_reason: 'completed' });
    rmSync(dirname(t.dbPath), { recursive: true, force: true });
  });

  it('a timer that fell due while the server was down fires at start', async () => {
    const clock = createManualClock();
    const before = await createTestApp({ clock });
    await publishPingFlow(before);
    await before.api('POST', '/api/sandbox/inbound', { from: '15550002222', text: 'wait' });
    expect(rows.sessions(before.db)[0]).toMatchObject({ status: 'waiting', waiting_node: 'pause' });
    await before.close({ keepFiles: true });

    clock.advance(3 * HOUR);
    const after = await createTestApp({ clock, dbPath: before.dbPath });
    apps.push(after);
    after.runtime.start();
    // The first scheduler pass runs as the runtime starts.
    expect(rows.count(after.db, 'timers', "state = 'fired'")).toBe(1);
    expect(rows.sessions(after.db)[0]).toMatchObject({ status: 'ended', end_reason: 'completed' });
    expect(rows.outbox(after.db)).toHaveLength(1);
    await after.runtime.stop();
    await after.runtime.settle();
    expect(rows.outbox(after.db)[0]!.state).toBe('sent');
    rmSync(dirname(before.dbPath), { recursive: true, force: true });
  });

  it("wait while a human has paused the conversation's bot", async () => {
    const t = await createTestApp({ config: { bot: { humanReplyPauseMs: 3 * HOUR } } });
    apps.push(t);
    await publishPingFlow(t);
    const inbound = await t.api('POST', '/api/sandbox/inbound', { from: '15550003333', text: 'wait' });
    const agentReply = await t.api('POST', `/api/conversations/${inbound.body.conversationId}/messages`, {
      text: 'Hi, Ana here',
    });
    expect(agentReply.status).toBe(201);
    t.clock.advance(2 * HOUR);
    await t.runtime.settle();
    expect(rows.count(t.db, 'timers', "state = 'pending'")).toBe(1);
    t.clock.advance(HOUR);
    await t.runtime.settle();
    expect(rows.count(t.db, 'timers', "state = 'fired'")).toBe(1);
    rmSync(dirname(t.dbPath), { recursive: true, force: true });
  });
});
