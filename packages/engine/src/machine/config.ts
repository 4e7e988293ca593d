import type { EndReason } from '../types.ts';
import type { PersistedContext, TimerPurpose } from './context.ts';

/**
 * Which message of a step a send means: its own (`main`), its retry message (`retry`), its own or — once a re-prompt
 * is due (retries > 0) — its retry message when it has one (`prompt`), or (WhatsApp Flow) its template fallback.
 */
export type SendVariant = 'main' | 'retry' | 'prompt' | 'template';

/** The named actions a compiled config may reference, with their params. */
export interface ActionParams {
  /** Trace the entry, count it for the loop guard, reset the step's retries and fragments. */
  enter: { nodeId: string };
  /** Trace the edge taken (`to` null: the output is not connected). */
  edge: { from: string; handle: string; to: string | null; edgeId?: string };
  /** Render, price and emit the step's message; record the business message in the facts. */
  send: { nodeId: string; variant: SendVariant };
  /**
   * The send a sending state is about to try (its entry): when the policy refuses it and no transition of the
   * state is taken, the root's `sendPending` guard holds and `refusePending` ends the session.
   */
  expectSend: { nodeId: string; variant: SendVariant; orWindowClosed?: boolean };
  /** `refuse` and then `end` (`refused`, the detail from the refusal) for the pending send (`expectSend`). */
  refusePending: Record<string, never>;
  /** Trace the policy's refusal; the `end` that may follow reads it. */
  refuse: { nodeId: string; variant: SendVariant };
  /**
   * Emit `end` and mark the session ended. `detailFromRefusal`: the detail is the refusal code. `orWindowClosed`:
   * when the refusal is the closed window, the step's unconnected `windowClosed` output is taken instead (edge
   * traced, reason `windowClosed`).
   */
  end: { reason: EndReason; nodeId?: string; detail?: string; detailFromRefusal?: boolean; orWindowClosed?: boolean };
  startTimer: { nodeId: string; purpose: TimerPurpose; ms: number };
  stopTimer: { purpose: TimerPurpose };
  countRetry: { nodeId: string };
  /** Add the last reply to the gathered fragments. */
  gather: { nodeId: string };
  storeAnswer: { nodeId: string; gathered: boolean };
  storeFlowAnswers: { nodeId: string };
  callWebhook: { nodeId: string };
  storeWebhookResponse: { nodeId: string };
  /** The CRM steps (setField, addTag, removeTag, changeStage), handoff and goToFlow: their effect. */
  nodeEffect: { nodeId: string };
  /** Copy the variables an API start carries. */
  startVariables: Record<string, never>;
  /** Keep the working contact's stage in step with a `stageChanged` event. */
  trackStage: Record<string, never>;
}

/** The named guards a compiled config may reference, with their params. */
export interface GuardParams {
  trigger: { triggerId: string };
  loopLimit: Record<string, never>;
  /** The policy's decision about the step's message: allowed, refused because the window is closed, or refused. */
  policy: { nodeId: string; variant: SendVariant; is: 'allowed' | 'windowClosed' | 'refused' };
  /** The inbound message picks this choice (button, row, quick reply) of the step. */
  choice: { nodeId: string; choiceId: string };
  retriesLeft: { max: number };
  /** The event is the timer the session waits for with this purpose. */
  timer: { purpose: TimerPurpose };
  answerValid: { nodeId: string; gathered: boolean };
  flowSubmitted: { nodeId: string };
  branch: { nodeId: string; branchId: string };
  webhookResult: { ok: boolean };
  /** A send is pending (`expectSend`): the sending state took none of its transitions, so the policy refused. */
  sendPending: Record<string, never>;
  /** A `sendFailed` for a send of this step (with this code, when given). */
  sendFailed: { nodeId?: string; code?: number };
}

export type ActionName = keyof ActionParams;
export type GuardName = keyof GuardParams;

export type ActionRef = { [K in ActionName]: { type: K; params: ActionParams[K] } }[ActionName];
export type GuardRef = { [K in GuardName]: { type: K; params: GuardParams[K] } }[GuardName];

/** The machine's events: the engine's events plus `start`. */
export type MachineEventType =
  | 'start'
  | 'inbound'
  | 'timer'
  | 'webhookResult'
  | 'stageChanged'
  | 'agentTookOver'
  | 'sendFailed';

/** A transition as plain data (an XState transition config without functions). */
export interface TransitionConfig {
  target?: string;
  reenter?: boolean;
  guard?: GuardRef;
  actions?: ActionRef[];
}

/** A state as plain data (an XState state config without functions). */
export interface StateConfig {
  type?: 'final';
  initial?: string;
  entry?: ActionRef[];
  exit?: ActionRef[];
  always?: TransitionConfig[];
  on?: Partial<Record<MachineEventType, TransitionConfig[]>>;
  states?: Record<string, StateConfig>;
  /** For people reading the config: the node a state runs. */
  meta?: { nodeId: string; type: string };
}

/** The whole machine as plain JSON: what `compileGraph` returns as `config` and `salesbot compile` prints. */
export interface MachineConfig {
  id: typeof MACHINE_ID;
  initial: typeof IDLE;
  context: PersistedContext;
  /** The refusal of a pending send (`expectSend`), shared by every sending state. */
  always: TransitionConfig[];
  on: Partial<Record<MachineEventType, TransitionConfig[]>>;
  states: Record<string, StateConfig>;
}

export const MACHINE_ID = 'flow';
/** Before the start event. `$` cannot appear in a node id, so these names never clash with a step. */
export const IDLE = '$idle';
export const ENDED = '$ended';
