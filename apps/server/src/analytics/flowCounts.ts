import type { FlowAnalytics, MessageStatus, StepAnalytics } from '@salesbot/api';
import type { EndReason } from '@salesbot/engine';
import type { Database } from 'better-sqlite3';
import type { ReadTask } from '../db/readWorker.ts';

export interface TraceCountParams {
  workspaceId: string;
  flowId: string;
  since: number;
  version: number | null;
  /** Only the sessions of this number's conversations; null: of every number. */
  channelId: string | null;
}

/** A flow's sessions and steps counted (`FlowAnalytics` without what the caller knows: its question, the time). */
export type FlowCounts = Pick<FlowAnalytics, 'sessions' | 'steps'>;

interface SessionCountRow {
  status: 'waiting' | 'ended';
  endReason: EndReason | null;
  waitingNode: string | null;
  n: number;
}

/**
 * The sessions asked about: `sessions_by_workspace` walks the period, the flow, version and number are filtered on
 * the way (the number through the session's conversation, a primary-key look-up).
 */
const SESSIONS_WHERE = `s.workspace_id = @workspaceId AND s.flow_id = @flowId AND s.started_at >= @since
    AND (@version IS NULL OR s.flow_version = @version)
    AND (@channelId IS NULL OR EXISTS (SELECT 1 FROM conversations c WHERE c.id = s.conversation_id
      AND c.channel_id = @channelId))`;

const SESSION_COUNTS_SQL = `SELECT s.status AS status, s.end_reason AS endReason, s.waiting_node AS waitingNode,
    count(*) AS n FROM sessions s WHERE ${SESSIONS_WHERE} GROUP BY 1, 2, 3`;

/**
 * A read task (`ReadWorker.task`), in one read transaction so both parts see the same commit: the flow's sessions
 * counted by status, end reason and waiting step (the sessions table), and their traces counted (`countStepTraces`).
 */
export const readFlowCounts: ReadTask<TraceCountParams, FlowCounts> = (db, params) =>
  db.transaction((): FlowCounts => {
    const steps: Record<string, StepAnalytics> = {};
    const step = (nodeId: string) => {
      steps[nodeId] ??= { reached: 0, waiting: 0, refused: 0, outputs: {} };
      return steps[nodeId];
    };
    const sessions: FlowCounts['sessions'] = { started: 0, running: 0, ended: {} };
    for (const row of db.prepare(SESSION_COUNTS_SQL).all(params) as SessionCountRow[]) {
      sessions.started += row.n;
      if (row.status === 'waiting') {
        sessions.running += row.n;
        if (row.waitingNode) step(row.waitingNode).waiting += row.n;
      } else {
        const reason = row.endReason ?? 'completed';
        sessions.ended[reason] = (sessions.ended[reason] ?? 0) + row.n;
      }
    }
    countStepTraces(db, params, step);
    return { sessions, steps };
  })();

/** What a step's trace entry is, as far as counting goes (a line of newline-delimited JSON, parsed). */
interface Entry {
  kind: string;
  nodeId?: string;
  from?: string;
  handle?: string;
  allowed?: boolean;
  effect?: string;
  effectId?: string;
}

/**
 * Whether a trace line may count, read without parsing it (most lines do not: the events, the ends, the other
 * effects, the policy's approvals with their long reasons). What passes is parsed, and its parsed kind decides.
 */
function mayCount(line: string): boolean {
  const at = line.indexOf('"kind":"') + 8;
  if (at < 8) return false;
  if (line.startsWith('enter"', at) || line.startsWith('edge"', at)) return true;
  if (line.startsWith('policy"', at)) return line.includes('"allowed":false');
  if (line.startsWith('effect"', at)) return line.includes('"effect":"send"');
  return false;
}

/**
 * Adds to each `step`'s counts, from the step traces of a flow's sessions, the sessions that entered it, left it
 * through each output and had a message refused there, and the messages it sent by their status. It reads every step of
 * every session of the period: run on the read worker's connection, never on the event loop's. Per session, a step
 * and an output count once however often they were passed.
 */
function countStepTraces(db: Database, params: TraceCountParams, step: (nodeId: string) => StepAnalytics): void {
  const sessions = db.prepare(`SELECT s.id FROM sessions s WHERE ${SESSIONS_WHERE}`).pluck();
  const steps = db.prepare('SELECT entries FROM session_steps WHERE session_id = ? ORDER BY seq').pluck();
  const sends = new Map<string, string>(); // effect id → the step that sent it
  const seen = new Set<string>();
  for (const sessionId of sessions.iterate(params) as Iterable<string>) {
    seen.clear();
    for (const text of steps.iterate(sessionId) as Iterable<string>) {
      for (const line of text.split('\n')) {
        if (!mayCount(line)) continue;
        const entry = JSON.parse(line) as Entry;
        if (entry.kind === 'effect') {
          if (entry.effect === 'send' && entry.nodeId && entry.effectId) sends.set(entry.effectId, entry.nodeId);
          continue;
        }
        const nodeId = entry.kind === 'edge' ? entry.from : entry.nodeId;
        if (!nodeId || (entry.kind === 'policy' && entry.allowed !== false)) continue;
        const key = `${entry.kind}\u0000${nodeId}\u0000${entry.handle ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const counted = step(nodeId);
        if (entry.kind === 'enter') counted.reached++;
        else if (entry.kind === 'policy') counted.refused++;
        else if (entry.handle) counted.outputs[entry.handle] = (counted.outputs[entry.handle] ?? 0) + 1;
      }
    }
  }
  countMessages(db, sends, step);
}

const MESSAGE_BATCH = 500;

/** The status of each sent message (its row's `outbox_id` is the send's effect id), added to its step's counts. */
function countMessages(db: Database, sends: Map<string, string>, step: (nodeId: string) => StepAnalytics): void {
  const statuses = db
    .prepare('SELECT outbox_id AS id, status FROM messages WHERE outbox_id IN (SELECT value FROM json_each(?))')
    .raw();
  const ids = [...sends.keys()];
  for (let start = 0; start < ids.length; start += MESSAGE_BATCH) {
    const batch = JSON.stringify(ids.slice(start, start + MESSAGE_BATCH));
    for (const [id, status] of statuses.all(batch) as [string, MessageStatus][]) {
      const counted = step(sends.get(id)!);
      counted.messages ??= {};
      counted.messages[status] = (counted.messages[status] ?? 0) + 1;
    }
  }
}
