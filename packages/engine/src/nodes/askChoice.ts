import type { Duration, NodeType } from '@salesbot/graph';
import type { StateConfig } from '../machine/config.ts';
import type { FlowIndex } from '../machine/flowIndex.ts';
import {
  choiceTransitions,
  enter,
  expectSend,
  go,
  loopGuard,
  sendTransitions,
  subTarget,
  waitState,
} from './shared.ts';

/**
 * Reply buttons and lists: send, then wait. A choice takes its output; anything else re-prompts (back to `send`)
 * while fewer than `maxRetries` re-prompts were sent, then takes `invalid`.
 */
export function askChoice(
  flow: FlowIndex,
  nodeId: string,
  type: NodeType,
  choiceIds: string[],
  maxRetries: number,
  timeout: Duration | undefined,
): StateConfig {
  const toWait = { target: subTarget(nodeId, 'wait') };
  return {
    meta: { nodeId, type },
    entry: enter(nodeId),
    initial: 'send',
    states: {
      // `prompt`: the step's message, or its retry message once a re-prompt is due.
      send: {
        entry: [expectSend(flow, nodeId, 'prompt')],
        always: [...loopGuard(flow, nodeId), ...sendTransitions(flow, nodeId, 'prompt', toWait)],
      },
      wait: waitState(flow, nodeId, timeout, {
        inbound: [
          ...choiceTransitions(flow, nodeId, choiceIds),
          {
            guard: { type: 'retriesLeft', params: { max: maxRetries } },
            target: subTarget(nodeId, 'send'),
            actions: [{ type: 'countRetry', params: { nodeId } }],
          },
          go(flow, nodeId, 'invalid', 'invalidReply'),
        ],
      }),
    },
  };
}
