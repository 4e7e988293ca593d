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
    `INSERT INTO sessions (${COLUMNS}, trace, trace_bytes) VALUES (@id, @workspaceId, @conversationId, @flowId,
       @flowVersion, @triggerId, @status, @waitingNode, @endReason, @endDetail, @snapshot, @startedAt, @updatedAt,
       @endedAt, @trace, @traceBytes)`,
  ).run({ ...session, snapshot: JSON.stringify(session.snapshot), trace: text, traceBytes: text.length });
}

/**
 * Saves a step's outcome and appends its trace without reading the old one; past `maxTraceBytes` the oldest half
 * of the trace is dropped.
 */
export function updateSession(db: Db, session: Session, newTrace: readonly TraceEntry[], maxTraceBytes: number): void {
  const text = toTraceText(newTrace);
  const result = stmt(
    db,
    `UPDATE sessions SET status = @status, waiting_node = @waitingNode, end_reason = @endReason, end_detail = @endDetail,
       snapshot = @snapshot, updated_at = @updatedAt, ended_at = @endedAt, trace = trace || @trace,
       trace_bytes = trace_bytes + @traceBytes WHERE id = @id RETURNING trace_bytes`,
  ).get({
    id: session.id,
    status: session.status,
    waitingNode: session.waitingNode,
    endReason: session.endReason,
    endDetail: session.endDetail,
    snapshot: JSON.stringify(session.snapshot),
    updatedAt: session.updatedAt,
    endedAt: session.endedAt,
    trace: text,
    traceBytes: text.length,
  }) as { trace_bytes: number } | undefined;
  if (result && result.trace_bytes > maxTraceBytes) trimTrace(db, session.id, maxTraceBytes);
}

function trimTrace(db: Db, id: string, maxTraceBytes: number): void {
  const lines = (stmt(db, 'SELECT trace FROM sessions WHERE id = ?').pluck().get(id) as string)
    .split('\n')
    .filter(Boolean);
  const kept: string[] = [];
  let bytes = 0;
  for (let i = lines.length - 1; i >= 0 && bytes + lines[i]!.length + 1 <= maxTraceBytes / 2; i--) {
    kept.unshift(lines[i]!);
    bytes += lines[i]!.length + 1;
  }
  const text = kept.length === 0 ? '' : `${kept.join('\n')}\n`;
  stmt(db, 'UPDATE sessions SET trace = ?, trace_bytes = ? WHERE id = ?').run(text, text.length, id);
}

export function getSessionTrace(db: Db, id: string): TraceEntry[] {
  const text = (stmt(db, 'SELECT trace FROM sessions WHERE id = ?').pluck().get(id) as string | undefined) ?? '';
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as TraceEntry);
}
