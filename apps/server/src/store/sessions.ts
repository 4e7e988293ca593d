import type { SessionSnapshot, TraceEntry } from '@salesbot/engine';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** A bot session: one run of a published flow version in one conversation. */
export interface Session {
  id: string;
  workspaceId: string;
  conversationId: string;
  flowId: string;
  flowVersion: number;
  triggerId: string | null;
  status: 'waiting' | 'ended';
  waitingNode: string | null;
  endReason: string | null;
  endDetail: string | null;
  snapshot: SessionSnapshot;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
}

interface SessionRow {
  id: string;
  workspace_id: string;
  conversation_id: string;
  flow_id: string;
  flow_version: number;
  trigger_id: string | null;
  status: 'waiting' | 'ended';
  waiting_node: string | null;
  end_reason: string | null;
  end_detail: string | null;
  snapshot: string;
  started_at: number;
  updated_at: number;
  ended_at: number | null;
}

const COLUMNS = `id, workspace_id, conversation_id, flow_id, flow_version, trigger_id, status, waiting_node, end_reason,
  end_detail, snapshot, started_at, updated_at, ended_at`;

function toSession(row: SessionRow): Session {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    conversationId: row.conversation_id,
    flowId: row.flow_id,
    flowVersion: row.flow_version,
    triggerId: row.trigger_id,
    status: row.status,
    waitingNode: row.waiting_node,
    endReason: row.end_reason,
    endDetail: row.end_detail,
    snapshot: JSON.parse(row.snapshot) as SessionSnapshot,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
  };
}

export function getSession(db: Db, id: string): Session | null {
  const row = stmt(db, `SELECT ${COLUMNS} FROM sessions WHERE id = ?`).get(id) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** The conversation's running session, if any (at most one: a partial unique index guarantees it). */
export function getActiveSession(db: Db, conversationId: string): Session | null {
  const row = stmt(db, `SELECT ${COLUMNS} FROM sessions WHERE conversation_id = ? AND status = 'waiting'`).get(
    conversationId,
  ) as SessionRow | undefined;
  return row ? toSession(row) : null;
}

/** Trace entries as stored: one JSON object per line. */
function toTraceText(entries: readonly TraceEntry[]): string {
  return entries.length === 0 ? '' : `${entries.map((entry) => JSON.stringify(entry)).join('\n')}\n`;
}

export function insertSession(db: Db, session: Session, trace: readonly TraceEntry[]): void {
  const text = toTraceText(trace);
  stmt(
    db,
    `INSERT INTO sessions (${COLUMNS}, trace_bytes, trace_seq) VALUES (@id, @workspaceId, @conversationId, @flowId,
       @flowVersion, @triggerId, @status, @waitingNode, @endReason, @endDetail, @snapshot, @startedAt, @updatedAt,
       @endedAt, @traceBytes, @traceSeq)`,
  ).run({
    ...session,
    snapshot: JSON.stringify(session.snapshot),
    traceBytes: text.length,
    traceSeq: text === '' ? 0 : 1,
  });
  if (text !== '') insertStep(db, session.id, 1, text);
}

function insertStep(db: Db, sessionId: string, seq: number, entries: string): void {
  stmt(db, 'INSERT INTO session_steps (session_id, seq, entries) VALUES (?, ?, ?)').run(sessionId, seq, entries);
}

/**
 * Saves a step's outcome and appends its trace as a row of its own (the session row stays small however long the
 * session lives); past `maxTraceBytes`, the oldest steps are dropped until half of it is left.
 */
export function updateSession(db: Db, session: Session, newTrace: readonly TraceEntry[], maxTraceBytes: number): void {
  const text = toTraceText(newTrace);
  const appended = text === '' ? 0 : 1;
  const result = stmt(
    db,
    `UPDATE sessions SET status = @status, waiting_node = @waitingNode, end_reason = @endReason, end_detail = @endDetail,
       snapshot = @snapshot, updated_at = @updatedAt, ended_at = @endedAt, trace_bytes = trace_bytes + @traceBytes,
       trace_seq = trace_seq + @appended WHERE id = @id RETURNING trace_bytes, trace_seq`,
  ).get({
    id: session.id,
    status: session.status,
    waitingNode: session.waitingNode,
    endReason: session.endReason,
    endDetail: session.endDetail,
    snapshot: JSON.stringify(session.snapshot),
    updatedAt: session.updatedAt,
    endedAt: session.endedAt,
    traceBytes: text.length,
    appended,
  }) as { trace_bytes: number; trace_seq: number } | undefined;
  if (!result) return;
  if (appended) insertStep(db, session.id, result.trace_seq, text);
  if (result.trace_bytes > maxTraceBytes) trimTrace(db, session.id, maxTraceBytes);
}

/** Drops the oldest steps' traces until at most half of `maxTraceBytes` is left (the newest step always stays). */
function trimTrace(db: Db, id: string, maxTraceBytes: number): void {
  const steps = stmt(
    db,
    'SELECT seq, length(entries) AS bytes FROM session_steps WHERE session_id = ? ORDER BY seq DESC',
  ).all(id) as { seq: number; bytes: number }[];
  let kept = 0;
  let oldestKept = steps[0]?.seq ?? 0;
  for (const step of steps) {
    if (kept > 0 && kept + step.bytes > maxTraceBytes / 2) break;
    kept += step.bytes;
    oldestKept = step.seq;
  }
  stmt(db, 'DELETE FROM session_steps WHERE session_id = ? AND seq < ?').run(id, oldestKept);
  stmt(db, 'UPDATE sessions SET trace_bytes = ? WHERE id = ?').run(kept, id);
}

export function getSessionTrace(db: Db, id: string): TraceEntry[] {
  const steps = stmt(db, 'SELECT entries FROM session_steps WHERE session_id = ? ORDER BY seq')
    .pluck()
    .all(id) as string[];
  return steps.flatMap((entries) =>
    entries
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as TraceEntry),
  );
}
