import type { Trigger } from '@salesbot/graph';
import { applyConversationEvent, type ConversationFacts, EMPTY_FACTS } from '@salesbot/policy';
import type { InboundMessage } from '@salesbot/whatsapp';
import { matchTrigger } from '../matchTrigger.ts';
import { startSession } from '../startSession.ts';
import { stepSession } from '../stepSession.ts';
import type {
  CompiledFlow,
  ContactState,
  Effect,
  EngineEvent,
  SessionSnapshot,
  StartEvent,
  StepContext,
  StepResult,
} from '../types.ts';
import { customerMessage, type SentMessage } from './customerMessage.ts';
import type { CustomerInput } from './scriptTypes.ts';

type SendEffect = Extract<Effect, { type: 'send' }>;
type WebhookCall = Extract<Effect, { type: 'callWebhook' }>;

/** What a simulated conversation looks like between steps. */
export interface SimulationState {
  now: number;
  contact: ContactState;
  facts: ConversationFacts;
  session: SessionSnapshot | null;
  /** Scheduled timers by id. */
  timers: Map<string, { at: number; order: number }>;
  webhook: WebhookCall | null;
  handoff: Extract<Effect, { type: 'handoff' }> | null;
  ended: { reason: string; detail?: string } | null;
  /** Sends since `takeSent` was last called. */
  outbox: SendEffect[];
  /** Every send, for looking up what a tap answers. */
  sent: SentMessage[];
}

/**
 * A conversation with a simulated clock and server, as the scripts and the preview play it: it applies the
 * customer's messages to the window facts, starts sessions through the triggers, fires due timers in time order
 * at their own times, and performs effects on its own copies (contact, timers, pending webhook).
 */
export function createSimulation(
  flow: CompiledFlow,
  options: {
    now: number;
    contact: ContactState;
    channel: StepContext['channel'];
    sessionId?: string;
    /** Called after every engine call with what went in and what came out (the preview's log, tests' checks). */
    onStep?: (context: StepContext, result: StepResult) => void;
  },
) {
  const sessionId = options.sessionId ?? 'script';
  let messageCount = 0;
  let timerOrder = 0;
  let hasWritten = false;
  const state: SimulationState = {
    now: options.now,
    contact: options.contact,
    facts: EMPTY_FACTS,
    session: null,
    timers: new Map(),
    webhook: null,
    handoff: null,
    ended: null,
    outbox: [],
    sent: [],
  };

  const stepContext = (): StepContext => ({
    now: state.now,
    facts: state.facts,
    contact: state.contact,
    channel: options.channel,
  });

  function apply(context: StepContext, result: StepResult): StepResult {
    options.onStep?.(context, result);
    state.session = result.snapshot;
    state.facts = result.facts;
    if (result.contact) state.contact = result.contact;
    for (const effect of result.effects) {
      switch (effect.type) {
        case 'send':
          state.outbox.push(effect);
          state.sent.push({ message: effect.message, ...(effect.display ? { display: effect.display } : {}) });
          break;
        case 'scheduleTimer':
          state.timers.set(effect.timerId, { at: effect.at, order: timerOrder++ });
          break;
        case 'cancelTimer':
          state.timers.delete(effect.timerId);
          break;
        case 'callWebhook':
          state.webhook = effect;
          break;
        case 'handoff':
          state.handoff = effect;
          break;
        case 'end':
          state.ended = { reason: effect.reason, ...(effect.detail ? { detail: effect.detail } : {}) };
          state.timers.clear();
          state.webhook = null;
          break;
        default:
          // setField, tags, stage: already in the working contact; startFlow: another flow's business.
          break;
      }
    }
    return result;
  }

  function start(trigger: Trigger, event: StartEvent): StepResult {
    state.ended = null;
    state.handoff = null;
    state.timers.clear();
    state.webhook = null;
    const context = stepContext();
    return apply(context, startSession(flow, { sessionId, trigger, event, context }));
  }

  function step(event: EngineEvent): StepResult | null {
    if (state.session?.status !== 'waiting') return null;
    const context = stepContext();
    return apply(context, stepSession(flow, { sessionId, snapshot: state.session, event, context }));
  }

  return {
    state,

    /** The customer writes: the facts learn it, then the waiting session gets it or a trigger starts one. */
    customer(input: CustomerInput): StepResult | null | string {
      const message = customerMessage(input, state.sent, {
        id: `wamid.script.${++messageCount}`,
        from: state.contact.waId,
        timestamp: state.now,
      });
      if (typeof message === 'string') return message;
      return this.receive(message);
    },

    /** An inbound message as the webhook would bring it. */
    receive(message: InboundMessage): StepResult | null {
      const isNewContact = !hasWritten;
      hasWritten = true;
      const referral = message.referral;
      state.facts = applyConversationEvent(state.facts, {
        type: 'customerMessage',
        at: state.now,
        ...(referral ? { referral } : {}),
      });
      const event = { type: 'inbound', message } as const;
      if (state.session?.status === 'waiting') return step(event);
      const trigger = matchTrigger(flow.graph, event, { isNewContact });
      return trigger ? start(trigger, event) : null;
    },

    /** Moves the clock by `ms`, firing each due timer at its own time, earliest first. */
    advance(ms: number): StepResult[] {
      const until = state.now + ms;
      const results: StepResult[] = [];
      for (;;) {
        const due = [...state.timers].filter(([, timer]) => timer.at <= until);
        if (due.length === 0) break;
        due.sort(([, a], [, b]) => a.at - b.at || a.order - b.order);
        const [timerId, timer] = due[0] as [string, { at: number }];
        state.timers.delete(timerId);
        state.now = Math.max(state.now, timer.at);
        const result = step({ type: 'timer', timerId });
        if (result) results.push(result);
      }
      state.now = until;
      return results;
    },

    /** Answers the pending webhook call (status 0 or an error: a network failure). */
    webhook(answer: { status?: number; body?: unknown; error?: string }): StepResult | null | string {
      const call = state.webhook;
      if (!call) return 'the bot has no pending webhook call';
      state.webhook = null;
      const status = answer.status ?? 200;
      const ok = answer.error === undefined && status >= 200 && status < 300;
      return step({
        type: 'webhookResult',
        requestId: call.requestId,
        ok,
        ...(status === 0 ? {} : { status }),
        ...(answer.body === undefined ? {} : { body: answer.body }),
        ...(answer.error === undefined ? {} : { error: answer.error }),
      });
    },

    /** Starts the flow through a named non-message trigger. */
    start(triggerId: string, variables?: Record<string, string>): StepResult | string {
      const trigger = flow.graph.triggers.find((candidate) => candidate.id === triggerId);
      if (!trigger) return `the flow has no trigger "${triggerId}"`;
      const event = startEventFor(trigger, variables, state.contact.waId, state.now);
      // A broadcast reply is the customer writing: it opens the window like any message.
      if (event.type === 'broadcastReply') {
        hasWritten = true;
        state.facts = applyConversationEvent(state.facts, { type: 'customerMessage', at: state.now });
      }
      return start(trigger, event);
    },

    /** The lead moved to a stage: the running session hears it, or a stage trigger starts one. */
    stage(pipeline: string, stage: string): StepResult | null {
      state.contact = { ...state.contact, stage: { pipeline, stage } };
      const event = { type: 'stageChanged', pipeline, stage } as const;
      if (state.session?.status === 'waiting') return step(event);
      const trigger = matchTrigger(flow.graph, event, { isNewContact: !hasWritten });
      return trigger ? start(trigger, event) : null;
    },

    /** Any engine event for the waiting session (agent took over, a send failed…); null when none waits. */
    send(event: EngineEvent): StepResult | null {
      return step(event);
    },

    /** The sends since the last call, oldest first. */
    takeSent(): SendEffect[] {
      return state.outbox.splice(0, state.outbox.length);
    },
  };
}

export type Simulation = ReturnType<typeof createSimulation>;

function startEventFor(
  trigger: Trigger,
  variables: Record<string, string> | undefined,
  waId: string,
  now: number,
): StartEvent {
  switch (trigger.type) {
    case 'stageChanged':
      return { type: 'stageChanged', pipeline: trigger.pipeline, stage: trigger.stage };
    case 'broadcastReply':
      return {
        type: 'broadcastReply',
        broadcastId: trigger.broadcastId ?? 'script',
        message: {
          id: 'wamid.script.broadcast',
          from: waId,
          timestamp: now,
          content: { type: 'quickReply', payload: trigger.buttonPayload ?? '', text: trigger.buttonPayload ?? '' },
        },
      };
    default:
      return { type: 'api', ...(variables ? { variables } : {}) };
  }
}
