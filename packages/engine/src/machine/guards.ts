import { flowToken } from '@salesbot/whatsapp';
import { branchHolds } from '../run/evaluateCondition.ts';
import { matchChoice } from '../run/matchChoice.ts';
import { placeholderValues, variableValue } from '../run/placeholderValues.ts';
import { planSend } from '../run/planSend.ts';
import { validateReply } from '../run/validateReply.ts';
import type { GuardName, GuardParams } from './config.ts';
import { type EngineContext, MAX_STEPS_WITHOUT_WAIT } from './context.ts';
import type { MachineEvent } from './events.ts';
import { type FlowIndex, nodeById, nodeOfType } from './flowIndex.ts';

type Args = { context: EngineContext; event: MachineEvent };
export type GuardImpl<P> = (args: Args, params: P) => boolean;

/** The named guards of a compiled flow; each reads the context as it is when XState evaluates it. */
export function createGuards(flow: FlowIndex): { [K in GuardName]: GuardImpl<GuardParams[K]> } {
  return {
    trigger: ({ event }, { triggerId }) => event.type === 'start' && event.triggerId === triggerId,

    loopLimit: ({ context }) => context.run.steps > MAX_STEPS_WITHOUT_WAIT,

    policy: ({ context }, { nodeId, variant, is }) => {
      const { decision } = planSend(flow, context, nodeId, variant);
      if (decision.allowed) return is === 'allowed';
      return is === (decision.code === 'windowClosed' ? 'windowClosed' : 'refused');
    },

    choice: ({ context, event }, { nodeId, choiceId }) =>
      event.type === 'inbound' &&
      matchChoice(nodeById(flow, nodeId), event.message, placeholderValues(flow, context)) === choiceId,

    retriesLeft: ({ context }, { max }) => context.retries < max,

    timer: ({ context, event }, { purpose }) =>
      event.type === 'timer' && context.timers[purpose] !== undefined && event.timerId === context.timers[purpose],

    answerValid: ({ context }, { nodeId, gathered }) => {
      const node = nodeOfType(flow, nodeId, 'waitForReply');
      const answer = gathered ? context.fragments.join(' ') : (context.lastReply ?? '');
      return validateReply(node.data.validation, answer).ok;
    },

    flowSubmitted: ({ context, event }, { nodeId }) => {
      if (event.type !== 'inbound' || event.message.content.type !== 'flowReply') return false;
      const token = event.message.content.flowToken;
      // A completion of another Flow message (an older one, another session's) is not this step's answer.
      return token === null || token === flowToken(context.run.sessionId, nodeId);
    },

    branch: ({ context }, { nodeId, branchId }) => {
      const node = nodeOfType(flow, nodeId, 'condition');
      const branch = node.data.branches.find((candidate) => candidate.id === branchId);
      if (!branch) return false;
      const values = placeholderValues(flow, context);
      const contact = context.run.contact;
      return branchHolds(branch, {
        values,
        variable: (name) => variableValue(flow, context, name),
        contactField: (name) => String(values[`contact.${name}`] ?? ''),
        tags: contact.tags,
        lastReply: context.lastReply ?? '',
        stage: contact.stage?.stage ?? '',
      });
    },

    webhookResult: ({ context, event }, { ok }) => {
      if (event.type !== 'webhookResult' || event.requestId !== context.webhook?.requestId) return false;
      const succeeded = event.ok && (event.status === undefined || (event.status >= 200 && event.status < 300));
      return succeeded === ok;
    },

    // `run` is absent only from the machine's initial context (XState computes the initial snapshot when the inert
    // actor of `runMachine` is created): no send is pending there.
    sendPending: ({ context }) => (context.run as EngineContext['run'] | undefined)?.pending != null,

    sendFailed: ({ context, event }, { nodeId, code }) => {
      if (event.type !== 'sendFailed') return false;
      const sent = context.sent.find((entry) => entry.effectId === event.effectId);
      if (!sent) return false;
      return (nodeId === undefined || sent.nodeId === nodeId) && (code === undefined || event.code === code);
    },
  };
}
