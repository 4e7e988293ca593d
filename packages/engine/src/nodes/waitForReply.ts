import type { StateConfig, TransitionConfig } from '../machine/config.ts';
import type { FlowIndex } from '../machine/flowIndex.ts';
import { enter, expectSend, go, type NodeCompiler, sendTransitions, subTarget, waitState } from './shared.ts';

/**
 * Waits for an answer, checks it and stores it. Invalid: `retryMessage` and wait again while retries are left,
 * then `invalid`. With `gatherSeconds` every message restarts a silence timer and the answer is the fragments
 * joined with a space when it fires.
 */
export const compileWaitForReply: NodeCompiler<'waitForReply'> = (node, flow) => {
  const nodeId = node.id;
  const { gatherSeconds, maxRetries, retryMessage, timeout } = node.data;
  const gathering = gatherSeconds !== undefined && gatherSeconds > 0;
  const toWait: TransitionConfig = { target: subTarget(nodeId, 'wait') };
  // An empty retry message sends nothing, like none.
  const sendsRetry = Boolean(retryMessage);
  const wait = gathering
    ? waitState(
        flow,
        nodeId,
        timeout,
        {},
        {
          initial: 'idle',
          states: {
            idle: { on: { inbound: [gatherFragment(nodeId, false)] } },
            gathering: {
              entry: [{ type: 'startTimer', params: { nodeId, purpose: 'gather', ms: gatherSeconds * 1000 } }],
              exit: [{ type: 'stopTimer', params: { purpose: 'gather' } }],
              on: {
                inbound: [gatherFragment(nodeId, true)],
                timer: [
                  {
                    guard: { type: 'timer', params: { purpose: 'gather' } },
                    target: subTarget(nodeId, 'wait', 'answer'),
                  },
                ],
              },
            },
            answer: { always: answer(flow, nodeId, maxRetries, true, sendsRetry) },
          },
        },
      )
    : waitState(flow, nodeId, timeout, {
        inbound: answer(flow, nodeId, maxRetries, false, sendsRetry),
      });
  // With a retry message, `retry` sends it and waits again; without one a retry re-enters `wait` directly.
  const states: Record<string, StateConfig> = { wait };
  if (sendsRetry) {
    states.retry = {
      entry: [expectSend(flow, nodeId, 'retry')],
      always: sendTransitions(flow, nodeId, 'retry', toWait),
    };
  }
  return { meta: { nodeId, type: node.type }, entry: enter(nodeId), initial: 'wait', states };
};

/**
 * Valid: store it and go on. Invalid: retry while retries are left (through `retry` to send the retry message,
 * else back into `wait` — left and entered again, so its timer restarts), then `invalid`.
 */
function answer(
  flow: FlowIndex,
  nodeId: string,
  maxRetries: number,
  gathered: boolean,
  sendsRetry: boolean,
): TransitionConfig[] {
  return [
    go(flow, nodeId, 'next', 'completed', [{ type: 'storeAnswer', params: { nodeId, gathered } }], {
      type: 'answerValid',
      params: { nodeId, gathered },
    }),
    {
      guard: { type: 'retriesLeft', params: { max: maxRetries } },
      target: subTarget(nodeId, sendsRetry ? 'retry' : 'wait'),
      ...(sendsRetry ? {} : { reenter: true }),
      actions: [{ type: 'countRetry', params: { nodeId } }],
    },
    go(flow, nodeId, 'invalid', 'invalidReply'),
  ];
}

/** Keep the message as a fragment and (re)start the silence timer. */
function gatherFragment(nodeId: string, restart: boolean): TransitionConfig {
  return {
    target: subTarget(nodeId, 'wait', 'gathering'),
    ...(restart ? { reenter: true } : {}),
    actions: [{ type: 'gather', params: { nodeId } }],
  };
}
