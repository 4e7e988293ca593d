import type { SessionSnapshot, TraceEntry } from '@salesbot/engine';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from './json.ts';

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

export function insertSession(db: Db, session: Session, trace: TraceEntry[]): void {
  stmt(
    db,
    `INSERT INTO sessions (${COLUMNS}, trace) VALUES (@id, @workspaceId, @conversationId, @flowId, @flowVersion,
       @triggerId, @status, @waitingNode, @endReason, @endDetail, @snapshot, @startedAt, @updatedAt, @endedAt, @trace)`,
  ).run({ ...session, snapshot: JSON.stringify(session.snapshot), trace: JSON.stringify(trace) });
}

/** Saves a step's outcome, appending to the trace (keeping the newest `maxTrace` entries). */
export function updateSession(db: Db, session: Session, newTrace: TraceEntry[], maxTrace: number): void {
  let traceJson: string | null = null;
  if (newTrace.length > 0) {
    const trace = readJson<TraceEntry[]>(
      stmt(db, 'SELECT trace FROM sessions WHERE id = ?').pluck().get(session.id),
      [],
    );
    trace.push(...newTrace);
    traceJson = JSON.stringify(trace.length > maxTrace ? trace.slice(trace.length - maxTrace) : trace);
  }
  stmt(
    db,
    `UPDATE sessions SET status = @status, waiting_node = @waitingNode, end_reason = @endReason, end_detail = @endDetail,
       snapshot = @snapshot, updated_at = @updatedAt, ended_at = @endedAt, trace = coalesce(@trace, trace) WHERE id = @id`,
  ).run({
    id: session.id,
    status: session.status,
    waitingNode: session.waitingNode,
    endReason: session.endReason,
    endDetail: session.endDetail,
    snapshot: JSON.stringify(session.snapshot),
    updatedAt: session.updatedAt,
    endedAt: session.endedAt,
    trace: traceJson,
  });
}

export function getSessionTrace(db: Db, id: string): TraceEntry[] {
  return readJson(stmt(db, 'SELECT trace FROM sessions WHERE id = ?').pluck().get(id), []);
}
