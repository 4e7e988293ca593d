import type { Duration, NodeType } from '@salesbot/graph';
import type { StateConfig } from '../machine/config.ts';
import type { FlowIndex } from '../machine/flowIndex.ts';
import {
  choiceTransitions,
  enter,
  expectSend,
  go,
  loopGuard,
  sendAndContinue,
  sendTransitions,
  subTarget,
  waitState,
} from './shared.ts';

/**
 * Templates and carousels: send; without quick replies move on at once. With them wait: a quick reply takes its
 * output, anything else takes `invalid` at once (no re-prompt: a template costs money).
 */
export function askQuickReply(
  flow: FlowIndex,
  nodeId: string,
  type: NodeType,
  quickReplyIds: string[],
  timeout: Duration | undefined,
): StateConfig {
  if (quickReplyIds.length === 0) return sendAndContinue(flow, nodeId, type);
  return {
    meta: { nodeId, type },
    entry: enter(nodeId),
    initial: 'send',
    states: {
      send: {
        entry: [expectSend(flow, nodeId, 'main')],
        always: [
          ...loopGuard(flow, nodeId),
          ...sendTransitions(flow, nodeId, 'main', { target: subTarget(nodeId, 'wait') }),
        ],
      },
      wait: waitState(flow, nodeId, timeout, {
        inbound: [...choiceTransitions(flow, nodeId, quickReplyIds), go(flow, nodeId, 'invalid', 'invalidReply')],
      }),
    },
  };
}
