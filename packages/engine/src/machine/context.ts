import type { ConversationFacts, RefusalCode } from '@salesbot/policy';
import type { ContactState, Effect, EndReason, StepContext, TraceEntry } from '../types.ts';
import type { SendVariant } from './config.ts';

/** What a timer is for; part of its id (`<nodeId>:<purpose>:<n>`). */
export type TimerPurpose = 'timeout' | 'gather' | 'delay';

/** The machine context that survives between steps: exactly what the persisted snapshot stores. */
export interface PersistedContext {
  /** Flow variables set so far (defaults live in the graph and are not copied here). */
  variables: Record<string, string>;
  /** The text of the customer's last message (a button title, a caption…), or null before the first. */
  lastReply: string | null;
  /** One counter for everything that needs a session-unique id: sends, timers, webhook calls. */
  seq: number;
  /** Re-prompts used at the current waiting step. */
  retries: number;
  /** Fragments gathered by a `waitForReply` with `gatherSeconds`. */
  fragments: string[];
  /** The timers the session waits for, by purpose. A timer event with another id is stale and ignored. */
  timers: Partial<Record<TimerPurpose, string>>;
  /** The webhook call the session waits for. */
  webhook: { requestId: string; nodeId: string } | null;
  /** The latest sends (bounded), so a `sendFailed` event finds the step that sent it. */
  sent: { effectId: string; nodeId: string }[];
  ended: { reason: EndReason; detail?: string; nodeId?: string } | null;
}

/** The inputs and outputs of one step; rebuilt for every step and never persisted. */
export interface RunState extends Omit<StepContext, 'facts' | 'contact'> {
  sessionId: string;
  facts: ConversationFacts;
  contact: ContactState;
  /** This step's effects and trace: append-only, grown in place (`withEffect`, `withTrace`). */
  effects: Effect[];
  trace: TraceEntry[];
  /** Steps entered in this run (the loop guard). A run always starts from a wait, so it starts at 0. */
  steps: number;
  /** The send the current sending state is about to try (`expectSend`); null once sent, refused or left. */
  pending: { nodeId: string; variant: SendVariant; orWindowClosed?: boolean } | null;
  /** The last policy refusal, for the `end` that follows it. */
  refusal: { code: RefusalCode; reason: string } | null;
}

export interface EngineContext extends PersistedContext {
  run: RunState;
}

/** How many sends a session remembers for `sendFailed`. */
export const SENT_MEMORY = 20;

/** The loop guard: more steps than this without a wait end the session. */
export const MAX_STEPS_WITHOUT_WAIT = 100;

export const INITIAL_CONTEXT: PersistedContext = {
  variables: {},
  lastReply: null,
  seq: 0,
  retries: 0,
  fragments: [],
  timers: {},
  webhook: null,
  sent: [],
  ended: null,
};

/** The persisted part of a context (drops `run`). */
export function persistContext(context: EngineContext): PersistedContext {
  const { run: _run, ...persisted } = context;
  return persisted;
}
