// Part of `npm run bench` (server): what age costs. Two costs used to grow with it:
// - a step of a long-lived session: its trace was one text column the step appended to, so SQLite rewrote the whole
//   row (up to the 256 KiB trace limit) on every step; each step's trace is a row of its own now;
// - the outbox's order check in a long conversation: it walked every earlier outbox row of the conversation, sent
//   ones included; it reads the pending ones only now (outbox_pending_by_conversation).
// Same process, same database; the young session's and the short conversation's costs are the baselines. Each
// operation is timed alone, old and young in turn, and the medians compared (robust to the machine's other work).
import type { TraceEntry } from '@salesbot/engine';
import { selectSendable } from '../src/store/outbox.ts';
import { getSession, type Session, updateSession } from '../src/store/sessions.ts';
import { createTestApp } from '../src/testing/createTestApp.ts';
import { median } from './median.ts';

const STEPS = 2000;
const HISTORY = 5000;
const t = await createTestApp();

function timed(run: () => void): number {
  const started = performance.now();
  run();
  return (performance.now() - started) * 1000;
}
function line(what: string, old: number, young: number, youngWhat: string): string {
  return `${what}: ${old.toFixed(0)} µs vs ${young.toFixed(0)} µs ${youngWhat} (ratio ${(old / young).toFixed(2)}; 1.0 = age costs nothing)`;
}

try {
  /** A contact's first message: its session, and the conversation and outbox row it got. */
  const start = async (from: string) => {
    await t.api('POST', '/api/sandbox/inbound', { from, text: 'Hi' });
    const row = t.db
      .prepare(
        `SELECT s.id AS sessionId, s.conversation_id AS conversationId FROM sessions s
           JOIN conversations c ON c.id = s.conversation_id JOIN contacts k ON k.id = c.contact_id WHERE k.wa_id = ?`,
      )
      .get(from) as { sessionId: string; conversationId: string };
    return { session: getSession(t.db, row.sessionId)!, conversationId: row.conversationId };
  };

  // Session steps. A step's trace: four entries of ~130 bytes, what entering a few nodes writes.
  const entries = Array.from({ length: 4 }, (_, i) => ({
    at: i,
    kind: 'enter',
    nodeId: `node-${i}-${'x'.repeat(100)}`,
  })) as TraceEntry[];
  const step = (session: Session) =>
    t.db.transaction(() => updateSession(t.db, session, entries, t.config.bot.maxTraceBytes))();
  const old = (await start('15550007001')).session;
  for (let i = 0; i < STEPS; i++) step(old);
  // Ten young sessions share the young steps, so they stay young.
  const young: Session[] = [];
  for (let i = 0; i < 10; i++) young.push((await start(`15550007${100 + i}`)).session);
  const oldSteps: number[] = [];
  const youngSteps: number[] = [];
  for (let i = 0; i < 500; i++) {
    oldSteps.push(timed(() => step(old)));
    youngSteps.push(timed(() => step(young[i % young.length]!)));
  }

  // The outbox's order check, for a queued row of a conversation with HISTORY sent rows and of a new one.
  const long = await start('15550007201');
  const short = await start('15550007202');
  const rowOf = (conversationId: string) =>
    t.db.prepare('SELECT id, channel_id FROM outbox WHERE conversation_id = ?').get(conversationId) as {
      id: string;
      channel_id: string;
    };
  const longRow = rowOf(long.conversationId);
  const shortRow = rowOf(short.conversationId);
  const copy = t.db.prepare(
    `INSERT INTO outbox (id, workspace_id, channel_id, conversation_id, to_wa_id, payload, state, next_attempt_at,
       created_at, updated_at) SELECT ?, workspace_id, channel_id, conversation_id, to_wa_id, payload, 'sent',
       next_attempt_at, created_at, updated_at FROM outbox WHERE id = ?`,
  );
  t.db.transaction(() => {
    for (let i = 0; i < HISTORY; i++) copy.run(`history-${i}`, longRow.id);
  })();
  // The long conversation's queued row comes after its history.
  t.db
    .prepare("UPDATE outbox SET seq = (SELECT max(seq) + 1 FROM outbox), state = 'queued' WHERE id = ?")
    .run(longRow.id);
  const setState = t.db.prepare('UPDATE outbox SET state = ? WHERE id = ?');
  t.db.prepare("UPDATE outbox SET state = 'sent' WHERE id NOT IN (?, ?)").run(longRow.id, shortRow.id);
  const check = (queued: string, other: string) => {
    setState.run('queued', queued);
    setState.run('sent', other);
    return timed(() => {
      if (selectSendable(t.db, longRow.channel_id, t.clock.now(), 10).length !== 1) throw new Error('not sendable');
    });
  };
  const longChecks: number[] = [];
  const shortChecks: number[] = [];
  for (let i = 0; i < 500; i++) {
    longChecks.push(check(longRow.id, shortRow.id));
    shortChecks.push(check(shortRow.id, longRow.id));
  }

  console.log(
    `\n${line(`session step (update + commit, median) after ${STEPS} earlier steps`, median(oldSteps), median(youngSteps), 'for a young session')}`,
  );
  console.log(
    `${line(`outbox order check (median) in a conversation with ${HISTORY} sent messages`, median(longChecks), median(shortChecks), 'in a new one')}\n`,
  );
} finally {
  await t.close();
}
