import type { TransitionConfig } from '../machine/config.ts';
import {
  enter,
  expectSend,
  go,
  loopGuard,
  type NodeCompiler,
  refusedTransition,
  sendTransitions,
  subTarget,
  waitState,
} from './shared.ts';

/**
 * Window open: the interactive Flow. Window closed: the step's Flow template when it has one, else `windowClosed`.
 * Then waits for the completion; other messages are ignored.
 */
export const compileWhatsappFlow: NodeCompiler<'whatsappFlow'> = (node, flow) => {
  const nodeId = node.id;
  const toWait: TransitionConfig = { target: subTarget(nodeId, 'wait') };
  const sending: TransitionConfig[] = node.data.template
    ? [
        {
          guard: { type: 'policy', params: { nodeId, variant: 'main', is: 'allowed' } },
          ...toWait,
          actions: [{ type: 'send', params: { nodeId, variant: 'main' } }],
        },
        // Refused for another reason than the window (an unverified business…): the template would not help.
        {
          guard: { type: 'policy', params: { nodeId, variant: 'main', is: 'refused' } },
          ...refusedTransition(nodeId, 'main'),
        },
        ...sendTransitions(flow, nodeId, 'template', toWait),
      ]
    : sendTransitions(flow, nodeId, 'main', toWait);
  return {
    meta: { nodeId, type: node.type },
    entry: enter(nodeId),
    initial: 'send',
    states: {
      // With a template the last send tried is the template's: its refusal is the one that ends the session.
      send: {
        entry: [expectSend(flow, nodeId, node.data.template ? 'template' : 'main')],
        always: [...loopGuard(flow, nodeId), ...sending],
      },
      wait: waitState(flow, nodeId, node.data.timeout, {
        inbound: [
          go(flow, nodeId, 'submitted', 'completed', [{ type: 'storeFlowAnswers', params: { nodeId } }], {
            type: 'flowSubmitted',
            params: { nodeId },
          }),
        ],
      }),
    },
  };
};
