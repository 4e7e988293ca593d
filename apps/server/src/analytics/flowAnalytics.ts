import type { FlowAnalytics, StepAnalytics } from '@salesbot/api';
import type { ReadWorker } from '../db/readWorker.ts';
import type { FlowCounts, TraceCountParams } from './traceCounts.ts';

export interface FlowAnalyticsInput {
  workspaceId: string;
  flowId: string;
  /** Sessions started at or after this time; null: all of them. */
  since: number | null;
  /** One published version's sessions; null: every version's. */
  version: number | null;
  /** The sessions of one number's conversations; null: of every number. */
  channelId: string | null;
  now: number;
}

const FLOW_COUNTS = import.meta.resolve('./traceCounts.ts');

/**
 * Counts how a flow's sessions went: the sessions table says how many started, wait where and ended why; their step
 * traces the rest (`countStepTraces`). Both are read in one transaction on the read worker: the traces of every session of the period are
 * read, which must not hold the event loop that answers webhooks. Traces past a session's size limit lose their
 * oldest steps (docs/server.md), so a very long session may miss its first steps.
 */
export async function readFlowAnalytics(reader: ReadWorker, input: FlowAnalyticsInput): Promise<FlowAnalytics> {
  const params = {
    workspaceId: input.workspaceId,
    flowId: input.flowId,
    since: input.since ?? 0,
    version: input.version,
    channelId: input.channelId,
  };
  const counts = await reader.task<TraceCountParams, FlowCounts>(FLOW_COUNTS, 'readFlowCounts', params);

  const steps: Record<string, StepAnalytics> = {};
  for (const [nodeId, traced] of Object.entries(counts.steps)) steps[nodeId] = { ...traced, waiting: 0 };
  const step = (nodeId: string): StepAnalytics => {
    steps[nodeId] ??= { reached: 0, waiting: 0, refused: 0, outputs: {} };
    return steps[nodeId];
  };
  const sessions: FlowAnalytics['sessions'] = { started: 0, running: 0, ended: {} };
  for (const row of counts.sessions) {
    sessions.started += row.n;
    if (row.status === 'waiting') {
      sessions.running += row.n;
      if (row.waitingNode) step(row.waitingNode).waiting += row.n;
    } else {
      const reason = row.endReason ?? 'completed';
      sessions.ended[reason] = (sessions.ended[reason] ?? 0) + row.n;
    }
  }
  return {
    flowId: input.flowId,
    since: input.since,
    version: input.version,
    channelId: input.channelId,
    readAt: input.now,
    sessions,
    steps,
  };
}
