import type { FlowAnalytics } from '@salesbot/api';
import type { ReadWorker } from '../db/readWorker.ts';
import type { FlowCounts, TraceCountParams } from './flowCounts.ts';

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

const FLOW_COUNTS = import.meta.resolve('./flowCounts.ts');

/**
 * How a flow's sessions went (`readFlowCounts`), read on `reader`: it reads the traces of every session of the period,
 * which must not hold the event loop that answers webhooks. Traces past a session's size limit lose their oldest
 * steps (docs/server.md), so a very long session may miss its first steps.
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
  return {
    flowId: input.flowId,
    since: input.since,
    version: input.version,
    channelId: input.channelId,
    readAt: input.now,
    ...counts,
  };
}
