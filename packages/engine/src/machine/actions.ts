import { interpolate } from '@salesbot/graph';
import { applyConversationEvent } from '@salesbot/policy';
import { placeholderValues } from '../run/placeholderValues.ts';
import { planSend } from '../run/planSend.ts';
import { readPath, toVariableText } from '../run/readPath.ts';
import { validateReply } from '../run/validateReply.ts';
import { webhookRequest } from '../run/webhookRequest.ts';
import type { Effect, EndReason } from '../types.ts';
import type { ActionName, ActionParams, SendVariant } from './config.ts';
import { type EngineContext, type RunState, SENT_MEMORY } from './context.ts';
import type { MachineEvent } from './events.ts';
import { type FlowIndex, nodeById, nodeOfType } from './flowIndex.ts';
import { withEffect, withTrace } from './runUpdates.ts';

type Args = { context: EngineContext; event: MachineEvent };
/** An action as a pure context update; `createFlowMachine` wraps each in XState's `assign`. */
export type ActionImpl<P> = (args: Args, params: P) => Partial<EngineContext>;

/**
 * The named actions of a compiled flow. Every one is an `assign`, so it sees the context as it is at that moment
 * (a send after a setField uses the new value) and effects keep their exact order.
 */
export function createActions(flow: FlowIndex): { [K in ActionName]: ActionImpl<ActionParams[K]> } {
  return {
    enter: ({ context }, { nodeId }) => ({
      run: { ...withTrace(context.run, { kind: 'enter', nodeId }), steps: context.run.steps + 1, pending: null },
      retries: 0,
      fragments: [],
      webhook: null,
    }),

    edge: ({ context }, { from, handle, to, edgeId }) => ({
      run: withTrace(context.run, { kind: 'edge', from, handle, to, ...(edgeId ? { edgeId } : {}) }),
    }),

    send: ({ context }, { nodeId, variant }) => {
      const plan = planSend(flow, context, nodeId, variant);
      if (!plan.decision.allowed) return {};
      const n = context.seq + 1;
      const effect: Effect = {
        type: 'send',
        id: `${context.run.sessionId}:${n}`,
        nodeId,
        message: plan.message,
        kind: plan.kind,
        price: plan.decision.price,
        pricingType: plan.decision.pricingType,
        reason: plan.decision.reason,
        ...(plan.display ? { display: plan.display } : {}),
      };
      const run = withEffect(
        withTrace(context.run, { kind: 'policy', nodeId, allowed: true, reason: plan.decision.reason }),
        effect,
        nodeId,
      );
      return {
        seq: n,
        sent: [...context.sent, { effectId: effect.id, nodeId }].slice(-SENT_MEMORY),
        run: {
          ...run,
          facts: applyConversationEvent(run.facts, { type: 'businessMessage', at: run.now }),
          pending: null,
        },
      };
    },

    expectSend: ({ context }, pending) => ({ run: { ...context.run, pending } }),

    refusePending: ({ context }) => {
      const pending = context.run.pending;
      if (!pending) return {};
      const { nodeId, variant, orWindowClosed } = pending;
      // What a fallback transition of the sending state did: `refuse`, then `end` reading the refusal.
      const refused = { ...context, ...refuse(flow, context, nodeId, variant) };
      return end(refused, {
        reason: 'refused',
        nodeId,
        detailFromRefusal: true,
        ...(orWindowClosed ? { orWindowClosed } : {}),
      });
    },

    refuse: ({ context }, { nodeId, variant }) => refuse(flow, context, nodeId, variant),

    end: ({ context }, params) => end(context, params),

    startTimer: ({ context }, { nodeId, purpose, ms }) => {
      const n = context.seq + 1;
      const timerId = `${nodeId}:${purpose}:${n}`;
      return {
        seq: n,
        timers: { ...context.timers, [purpose]: timerId },
        run: withEffect(context.run, { type: 'scheduleTimer', timerId, at: context.run.now + ms, nodeId }, nodeId),
      };
    },

    stopTimer: ({ context, event }, { purpose }) => {
      const timerId = context.timers[purpose];
      if (timerId === undefined) return {};
      const { [purpose]: _stopped, ...timers } = context.timers;
      // The timer that just fired needs no cancelling.
      if (event.type === 'timer' && event.timerId === timerId) return { timers };
      return { timers, run: withEffect(context.run, { type: 'cancelTimer', timerId }) };
    },

    countRetry: ({ context }) => ({ retries: context.retries + 1, fragments: [] }),

    gather: ({ context }) => {
      const text = context.lastReply?.trim() ?? '';
      return text === '' ? {} : { fragments: [...context.fragments, text] };
    },

    storeAnswer: ({ context }, { nodeId, gathered }) => {
      const node = nodeOfType(flow, nodeId, 'waitForReply');
      const answer = gathered ? context.fragments.join(' ') : (context.lastReply ?? '');
      const check = validateReply(node.data.validation, answer);
      if (!check.ok) return {};
      return {
        variables: { ...context.variables, [node.data.variable]: check.value },
        ...(gathered ? { lastReply: answer, fragments: [] } : {}),
      };
    },

    storeFlowAnswers: ({ context, event }, { nodeId }) => {
      if (event.type !== 'inbound' || event.message.content.type !== 'flowReply') return {};
      const node = nodeOfType(flow, nodeId, 'whatsappFlow');
      const answers = event.message.content.answers;
      const variables = { ...context.variables };
      for (const mapping of node.data.answers) {
        const value = answers[mapping.field];
        variables[mapping.variable] = Array.isArray(value)
          ? value.map(toVariableText).join(', ')
          : toVariableText(value);
      }
      return { variables };
    },

    callWebhook: ({ context }, { nodeId }) => {
      const node = nodeOfType(flow, nodeId, 'webhook');
      const values = placeholderValues(flow, context);
      const n = context.seq + 1;
      const requestId = `${context.run.sessionId}:${n}`;
      const { url, headers, body } = webhookRequest(node.data, values);
      const effect: Effect = {
        type: 'callWebhook',
        requestId,
        nodeId,
        method: node.data.method,
        url,
        headers,
        ...(body === undefined ? {} : { body }),
        timeoutMs: node.data.timeoutSeconds * 1000,
      };
      return { seq: n, webhook: { requestId, nodeId }, run: withEffect(context.run, effect, nodeId) };
    },

    storeWebhookResponse: ({ context, event }, { nodeId }) => {
      if (event.type !== 'webhookResult') return {};
      const node = nodeOfType(flow, nodeId, 'webhook');
      const variables = { ...context.variables };
      for (const mapping of node.data.responseMappings) {
        variables[mapping.variable] = toVariableText(readPath(event.body, mapping.path));
      }
      return { variables, webhook: null };
    },

    nodeEffect: ({ context }, { nodeId }) => nodeEffect(flow, context, nodeId),

    startVariables: ({ context, event }) =>
      event.type === 'start' && event.variables ? { variables: { ...context.variables, ...event.variables } } : {},

    trackStage: ({ context, event }) => {
      if (event.type !== 'stageChanged') return {};
      const run = {
        ...context.run,
        contact: { ...context.run.contact, stage: { pipeline: event.pipeline, stage: event.stage } },
      };
      return { run };
    },
  };
}

/** Trace the policy's refusal of the step's message, and keep it for the `end` that follows. */
function refuse(flow: FlowIndex, context: EngineContext, nodeId: string, variant: SendVariant): Partial<EngineContext> {
  const { decision } = planSend(flow, context, nodeId, variant);
  if (decision.allowed) return {};
  const run = withTrace(context.run, {
    kind: 'policy',
    nodeId,
    allowed: false,
    code: decision.code,
    reason: decision.reason,
  });
  return { run: { ...run, refusal: { code: decision.code, reason: decision.reason } } };
}

function end(
  context: EngineContext,
  { reason, nodeId, detail, detailFromRefusal, orWindowClosed }: ActionParams['end'],
): Partial<EngineContext> {
  if (orWindowClosed && nodeId && context.run.refusal?.code === 'windowClosed') {
    // The step's `windowClosed` output, not connected: as `go` would compile it.
    const run = withTrace(context.run, { kind: 'edge', from: nodeId, handle: 'windowClosed', to: null });
    return endSession(run, 'windowClosed', nodeId, undefined);
  }
  return endSession(context.run, reason, nodeId, detailFromRefusal ? context.run.refusal?.code : detail);
}

/** The `end` effect and trace, and the session marked ended (no timers or webhook awaited any more). */
function endSession(
  current: RunState,
  reason: EndReason,
  nodeId: string | undefined,
  why: string | undefined,
): Partial<EngineContext> {
  const effect: Effect = { type: 'end', reason, ...(why ? { detail: why } : {}), ...(nodeId ? { nodeId } : {}) };
  const run = withTrace(withEffect(current, effect, nodeId), { kind: 'end', reason, ...(why ? { detail: why } : {}) });
  return {
    run: { ...run, pending: null },
    ended: { reason, ...(why ? { detail: why } : {}), ...(nodeId ? { nodeId } : {}) },
    timers: {},
    webhook: null,
  };
}

/** The CRM, handoff and goToFlow steps: their effect, applied to the working contact too. */
function nodeEffect(flow: FlowIndex, context: EngineContext, nodeId: string): Partial<EngineContext> {
  const node = nodeById(flow, nodeId);
  const values = placeholderValues(flow, context);
  const run = context.run;
  const contact = run.contact;
  switch (node.type) {
    case 'setField': {
      const value = interpolate(node.data.value, values);
      if (node.data.scope === 'variable') return { variables: { ...context.variables, [node.data.name]: value } };
      const updated = {
        ...contact,
        fields: { ...contact.fields, [node.data.name]: value },
        ...(node.data.name === 'name' ? { name: value } : {}),
      };
      return {
        run: { ...withEffect(run, { type: 'setField', name: node.data.name, value }, nodeId), contact: updated },
      };
    }
    case 'addTag': {
      const tag = interpolate(node.data.tag, values);
      const tags = contact.tags.includes(tag) ? contact.tags : [...contact.tags, tag];
      return { run: { ...withEffect(run, { type: 'addTag', tag }, nodeId), contact: { ...contact, tags } } };
    }
    case 'removeTag': {
      const tag = interpolate(node.data.tag, values);
      const tags = contact.tags.filter((existing) => existing !== tag);
      return { run: { ...withEffect(run, { type: 'removeTag', tag }, nodeId), contact: { ...contact, tags } } };
    }
    case 'changeStage': {
      const { pipeline, stage } = node.data;
      return {
        run: {
          ...withEffect(run, { type: 'changeStage', pipeline, stage }, nodeId),
          contact: { ...contact, stage: { pipeline, stage } },
        },
      };
    }
    case 'handoff': {
      const { team, agent, note } = node.data;
      const filled = note === undefined ? undefined : interpolate(note, values);
      const effect: Effect = {
        type: 'handoff',
        nodeId,
        ...(team ? { team } : {}),
        ...(agent ? { agent } : {}),
        ...(filled ? { note: filled } : {}),
      };
      return { run: withEffect(run, effect, nodeId) };
    }
    case 'goToFlow':
      return { run: withEffect(run, { type: 'startFlow', flowId: node.data.flowId }, nodeId) };
    default:
      throw new Error(`engine: step ${nodeId} (${node.type}) has no effect of its own`);
  }
}
