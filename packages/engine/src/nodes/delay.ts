import { durationToMs } from '@salesbot/graph';
import { enter, go, type NodeCompiler } from './shared.ts';

/** Schedules a timer `duration` ahead; `next` when it fires. */
export const compileDelay: NodeCompiler<'delay'> = (node, flow) => ({
  meta: { nodeId: node.id, type: node.type },
  entry: [
    ...enter(node.id),
    { type: 'startTimer', params: { nodeId: node.id, purpose: 'delay', ms: durationToMs(node.data.duration) } },
  ],
  exit: [{ type: 'stopTimer', params: { purpose: 'delay' } }],
  on: { timer: [go(flow, node.id, 'next', 'completed', [], { type: 'timer', params: { purpose: 'delay' } })] },
});
