import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TraceEntry } from '@salesbot/engine';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { migrations } from '../db/migrations.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { getSession, getSessionTrace, updateSession } from './sessions.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

async function startSession(from: string): Promise<string> {
  await t.api('POST', '/api/sandbox/inbound', { from, text: 'Hi' });
  return rows.sessions(t.db)[0]!.id;
}

/** The number an `entry` carries in its detail. */
const numberOf = (traced: TraceEntry) => Number(String((traced as { detail?: string }).detail).replace(/\.+$/, ''));
const entry = (n: number, pad = 0): TraceEntry =>
  ({ at: n, kind: 'event', event: 'api', detail: `${n}${'.'.repeat(pad)}` }) as TraceEntry;

describe('session traces', () => {
  it('keep every step’s entries in order, a row per step, while the session row keeps its size', async () => {
    const id = await startSession('15550002001');
    const first = getSessionTrace(t.db, id);
    expect(first[0]).toMatchObject({ kind: 'event', event: 'inbound' });
    // The whole row, every column (with the trace as a column, as before migration 4, it grew with every step).
    const columns = (t.db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[]).map((c) => c.name);
    const rowBytes = () =>
      t.db
        .prepare(
          `SELECT ${columns.map((name) => `coalesce(length(${name}), 0)`).join(' + ')} FROM sessions WHERE id = ?`,
        )
        .pluck()
        .get(id) as number;
    const before = rowBytes();
    const session = getSession(t.db, id)!;
    for (let n = 1; n <= 50; n++) updateSession(t.db, session, [entry(n, 200), entry(n + 1000)], 1024 * 1024);
    const trace = getSessionTrace(t.db, id);
    expect(trace.slice(0, first.length)).toEqual(first);
    expect(trace.slice(first.length).map(numberOf)).toEqual(
      Array.from({ length: 50 }, (_, i) => [i + 1, i + 1001]).flat(),
    );
    expect(rows.count(t.db, 'session_steps', 'session_id = ?', id)).toBe(51);
    // Only the counters (trace_bytes, trace_seq) grew, by a few digits; the 50 steps' ~20 KB are elsewhere.
    expect(rowBytes() - before).toBeLessThan(10);
  });

  it('drops the oldest steps past the limit, keeping the newest and at most half of it', async () => {
    const id = await startSession('15550002002');
    const session = getSession(t.db, id)!;
    const max = 4096;
    for (let n = 1; n <= 40; n++) updateSession(t.db, session, [entry(n, 150)], max);
    const trace = getSessionTrace(t.db, id);
    const kept = trace.map(numberOf);
    expect(kept.at(-1)).toBe(40);
    // Consecutive: only the oldest went.
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => 41 - kept.length + i));
    const bytes = t.db.prepare('SELECT sum(length(entries)) FROM session_steps WHERE session_id = ?').pluck().get(id);
    expect(bytes).toBeLessThanOrEqual(max);
    expect(t.db.prepare('SELECT trace_bytes FROM sessions WHERE id = ?').pluck().get(id)).toBe(bytes);
    // A step larger than the whole limit still keeps itself.
    updateSession(t.db, session, [entry(41, max)], max);
    expect(getSessionTrace(t.db, id).map((e) => e.at)).toEqual([41]);
  });

  it('the API answers a session with its whole trace', async () => {
    const id = await startSession('15550002003');
    const { status, body } = await t.api('GET', `/api/sessions/${id}`);
    expect(status).toBe(200);
    expect(body.trace).toEqual(getSessionTrace(t.db, id));
    expect(body.trace.length).toBeGreaterThan(2);
  });

  it("the API names the step a session waits on by its label in the session's version", async () => {
    const id = await startSession('15550002004');
    const { body } = await t.api('GET', `/api/sessions/${id}`);
    expect(body).toMatchObject({ waitingNode: 'welcome', waitingLabel: 'Welcome menu' });
    const conversationId = getSession(t.db, id)!.conversationId;
    const list = (await t.api('GET', `/api/sessions?conversation=${conversationId}`)).body;
    expect(list).toEqual([expect.objectContaining({ id, waitingNode: 'welcome', waitingLabel: 'Welcome menu' })]);
  });
});

describe('migration 4', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesbot-sessions-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('moves a trace stored in the session row into its first step', async () => {
    const path = join(dir, 'old.db');
    const old = new Database(path);
    old.pragma('foreign_keys = OFF');
    migrate(
      old,
      migrations.filter((migration) => migration.version < 4),
    );
    old
      .prepare(
        `INSERT INTO sessions (id, workspace_id, conversation_id, flow_id, flow_version, status, snapshot, trace,
           trace_bytes, started_at, updated_at) VALUES ('ss_old', 'ws', 'cv', 'f', 1, 'waiting', '{}', ?, ?, 1, 1)`,
      )
      .run('{"at":1,"kind":"event","event":"api"}\n{"at":2,"kind":"end","reason":"done"}\n', 60);
    old.close();
    const db = openDatabase(path);
    expect(getSessionTrace(db, 'ss_old')).toEqual([
      { at: 1, kind: 'event', event: 'api' },
      { at: 2, kind: 'end', reason: 'done' },
    ]);
    expect(db.prepare("SELECT trace_seq FROM sessions WHERE id = 'ss_old'").pluck().get()).toBe(1);
    expect(
      (db.prepare('PRAGMA table_info(sessions)').all() as { name: string }[]).some((c) => c.name === 'trace'),
    ).toBe(false);
    db.close();
  });
});
