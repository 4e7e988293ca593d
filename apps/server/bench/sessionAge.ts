// Part of `npm run bench` (server): what a step of a long-lived session costs beside a young one's. A session's trace
// used to be one text column the step appended to, so SQLite rewrote the whole row (up to the 256 KiB trace limit)
// on every step; each step's trace is a row of its own now. Same process, same database: the young session's steps
// are the baseline.
import type { TraceEntry } from '@salesbot/engine';
import { getSession, updateSession } from '../src/store/sessions.ts';
import { createTestApp } from '../src/testing/createTestApp.ts';

const STEPS = 2000;
const t = await createTestApp();
try {
  // A step's trace: four entries of ~130 bytes, what entering a few nodes writes.
  const entries = Array.from({ length: 4 }, (_, i) => ({
    at: i,
    kind: 'enter',
    nodeId: `node-${i}-${'x'.repeat(100)}`,
  })) as TraceEntry[];
  const sessionFor = async (from: string) => {
    await t.api('POST', '/api/sandbox/inbound', { from, text: 'Hi' });
    const id = t.db
      .prepare(
        `SELECT s.id FROM sessions s JOIN conversations c ON c.id = s.conversation_id
           JOIN contacts k ON k.id = c.contact_id WHERE k.wa_id = ?`,
      )
      .pluck()
      .get(from) as string;
    return getSession(t.db, id)!;
  };
  const old = await sessionFor('15550007001');
  const young = await sessionFor('15550007002');
  const step = (session: typeof old) =>
    t.db.transaction(() => updateSession(t.db, session, entries, t.config.bot.maxTraceBytes))();
  for (let i = 0; i < STEPS; i++) step(old);
  // Steps taken in turn, old and young, each timed; medians (robust to the machine's other work). The young
  // sessions stay young: ten of them share the 500 young steps.
  const youngSessions = [young];
  for (let i = 1; i < 10; i++) youngSessions.push(await sessionFor(`15550007${100 + i}`));
  const timed = (session: typeof old) => {
    const started = performance.now();
    step(session);
    return (performance.now() - started) * 1000;
  };
  const oldTimes: number[] = [];
  const youngTimes: number[] = [];
  for (let i = 0; i < 500; i++) {
    oldTimes.push(timed(old));
    youngTimes.push(timed(youngSessions[i % youngSessions.length]!));
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const oldUs = median(oldTimes);
  const youngUs = median(youngTimes);
  console.log(
    `\nsession step (update + commit, median) after ${STEPS} earlier steps: ${oldUs.toFixed(0)} µs vs ${youngUs.toFixed(0)} µs for a young session (ratio ${(oldUs / youngUs).toFixed(2)}; 1.0 = age costs nothing)\n`,
  );
} finally {
  await t.close();
}
