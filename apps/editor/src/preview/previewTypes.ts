import type { ContactState, CustomerInput, Effect } from '@salesbot/engine';
import type { ConversationFacts, PriceCategory } from '@salesbot/policy';

/** A message the bot sent: the engine's `send` effect (message, price, the policy's reason, template display). */
export type SendEffect = Extract<Effect, { type: 'send' }>;
/** The request a webhook step waits on; the preview answers it instead of calling the network. */
export type WebhookCall = Extract<Effect, { type: 'callWebhook' }>;

/** How a preview run begins: the simulated clock, the contact, the channel. Changing it restarts the run. */
export interface PreviewSetup {
  /** The simulated clock at the first step (epoch ms). */
  start: number;
  contact: ContactState;
  businessVerified: boolean;
}

/** Something the tester does. The run is the setup plus the list of these: replaying them rebuilds any state. */
export type PreviewAction =
  /** The customer writes, taps or submits (a conversation-script `customer` step); `title` is what was tapped. */
  | { type: 'customer'; input: CustomerInput; title?: string }
  /**
   * The clock moves; due timers fire at their own times. `live`: the clock running in real time — no notice of its
   * own, and consecutive seconds are one action.
   */
  | { type: 'advance'; ms: number; live?: boolean }
  /** A non-message trigger starts the flow (API, stage change, broadcast reply). */
  | { type: 'start'; triggerId: string; variables?: Record<string, string> }
  /** The lead moved to a stage. */
  | { type: 'stage'; pipeline: string; stage: string }
  /** The answer to the pending webhook call (status 0 or `error`: a network failure). */
  | { type: 'webhook'; answer: { status?: number; body?: unknown; error?: string } }
  /** The tester edits a flow variable during the run. */
  | { type: 'setVariable'; name: string; value: string }
  /** The tester edits the contact during the run (stage changes go through `stage`). */
  | { type: 'setContact'; contact: ContactState };

/** What a notice in the chat is about (stable, for tests and styling). */
export type NoticeCode =
  | 'started'
  | 'noTrigger'
  | 'clock'
  | 'timer'
  | 'windowClosed'
  | 'entryPointClosed'
  | 'fallback'
  | 'refused'
  | 'webhook'
  | 'ended'
  | 'edit';

/** One line of the chat: the customer's message, the bot's message, or a notice from the simulator. */
export type TranscriptEntry =
  | {
      kind: 'customer';
      id: string;
      at: number;
      input: CustomerInput;
      /** The title of the tapped button, row or quick reply. */
      title?: string;
      /** False when no session heard it (no trigger matched, or the session had ended). */
      heard: boolean;
      /** The action (index in the run's log) that sent it. */
      action: number;
    }
  | { kind: 'bot'; id: string; at: number; send: SendEffect; action: number }
  | {
      kind: 'notice';
      id: string;
      at: number;
      code: NoticeCode;
      tone: 'info' | 'warning' | 'danger';
      text: string;
      /** A longer explanation (the policy's sentence), shown as a tooltip. */
      detail?: string;
      nodeId?: string;
      action: number;
    };

/** A timer the session waits for. */
export interface PreviewTimer {
  id: string;
  at: number;
  nodeId: string;
  purpose: string;
}

/** The whole visible state of a run after some actions: what the pane draws. */
export interface PreviewView {
  now: number;
  transcript: readonly TranscriptEntry[];
  status: 'idle' | 'waiting' | 'ended';
  /** The step the session waits on. */
  nodeId: string | null;
  ended: { reason: string; detail?: string } | null;
  /** Steps entered and edges taken so far, in order, without repeats. */
  path: { nodeIds: readonly string[]; edgeIds: readonly string[] };
  facts: ConversationFacts;
  contact: ContactState;
  /** Flow variables set so far (defaults are in the graph). */
  variables: Readonly<Record<string, string>>;
  lastReply: string | null;
  timers: readonly PreviewTimer[];
  webhook: WebhookCall | null;
  /** Messages sent per price category. */
  totals: Readonly<Record<PriceCategory, number>>;
}
