import type { Diagnostic, Graph, Trigger } from '@salesbot/graph';
import type {
  ConversationFacts,
  MessageKind,
  PolicyContact,
  PriceCategory,
  PricingType,
  RefusalCode,
  TemplateCategory,
  TemplateStatus,
} from '@salesbot/policy';
import type { InboundMessage, OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';

/** The contact as the bot sees it; CRM effects change the engine's working copy at once and the server's copy later. */
export interface ContactState extends PolicyContact {
  waId: string;
  name?: string;
  /** Custom and built-in contact fields (email, first_name…). */
  fields: Record<string, string>;
  tags: string[];
  stage?: { pipeline: string; stage: string };
}

/** Everything a step needs besides the snapshot and the event. */
export interface StepContext {
  now: number;
  /** The conversation's window facts; the step returns them updated with the business messages it sent. */
  facts: ConversationFacts;
  contact: ContactState;
  channel: { businessVerified: boolean };
  /**
   * The workspace's template registry keyed `name:language`. Absent (preview, scripts): the graph's category is
   * used and templates count as approved. Present: a template missing from it is refused.
   */
  templates?: Record<string, { status: TemplateStatus; category: TemplateCategory }>;
}

/** What can happen to a running session. */
export type EngineEvent =
  /** Anything the customer sent: text, button/list/quick replies, Flow completions, media, location… */
  | { type: 'inbound'; message: InboundMessage }
  /** A timer the session scheduled is due. */
  | { type: 'timer'; timerId: string }
  /** The answer to a `callWebhook` effect. */
  | { type: 'webhookResult'; requestId: string; ok: boolean; status?: number; body?: unknown; error?: string }
  | { type: 'stageChanged'; pipeline: string; stage: string }
  /** A person took the conversation over: the bot stops. */
  | { type: 'agentTookOver'; agent?: string }
  /** The outbox could not deliver a send for good (e.g. 131047: the window closed meanwhile). */
  | { type: 'sendFailed'; effectId: string; code: number };

/** Why a session started. */
export type StartEvent =
  | { type: 'inbound'; message: InboundMessage }
  | { type: 'stageChanged'; pipeline: string; stage: string }
  | { type: 'api'; variables?: Record<string, string> }
  | { type: 'broadcastReply'; broadcastId: string; message: InboundMessage };

export type EndReason =
  | 'completed'
  | 'handoff'
  | 'goToFlow'
  | 'windowClosed'
  | 'refused'
  | 'invalidReply'
  | 'loopLimit'
  | 'agentTookOver'
  | 'sendFailed'
  | 'error';

export type Effect =
  | {
      type: 'send';
      /** Unique and stable: `${sessionId}:${sequence}`; the outbox's idempotency key. */
      id: string;
      nodeId: string;
      message: OutboundMessage;
      kind: MessageKind;
      price: PriceCategory;
      pricingType: PricingType;
      /** The policy's sentence for why it may go and what it costs. */
      reason: string;
      /** For templates: how the filled template looks. */
      display?: TemplateDisplay;
    }
  | { type: 'scheduleTimer'; timerId: string; at: number; nodeId: string }
  | { type: 'cancelTimer'; timerId: string }
  | { type: 'setField'; name: string; value: string }
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'changeStage'; pipeline: string; stage: string }
  | {
      type: 'callWebhook';
      requestId: string;
      nodeId: string;
      method: string;
      url: string;
      headers: Record<string, string>;
      body?: string;
      timeoutMs: number;
    }
  | { type: 'handoff'; nodeId: string; team?: string; agent?: string; note?: string }
  | { type: 'startFlow'; flowId: string }
  | { type: 'end'; reason: EndReason; detail?: string; nodeId?: string };

export type TraceEntry =
  | { at: number; kind: 'enter'; nodeId: string }
  | { at: number; kind: 'edge'; from: string; handle: string; to: string | null; edgeId?: string }
  | { at: number; kind: 'effect'; nodeId?: string; effect: Effect['type']; effectId?: string }
  | { at: number; kind: 'policy'; nodeId: string; allowed: boolean; code?: RefusalCode; reason: string }
  | { at: number; kind: 'event'; event: EngineEvent['type'] | StartEvent['type']; detail?: string }
  | { at: number; kind: 'end'; reason: EndReason; detail?: string };

/** A session's persisted state: plain JSON, stored by the server, restored with `stepSession`. */
export interface SessionSnapshot {
  /** The XState persisted snapshot (value + context). */
  machine: unknown;
  status: 'waiting' | 'ended';
  /** The node the session waits on, for the inbox and the canvas highlight. */
  nodeId: string | null;
}

export interface StepResult {
  snapshot: SessionSnapshot;
  effects: Effect[];
  facts: ConversationFacts;
  trace: TraceEntry[];
  /**
   * The working contact after the step (its CRM effects applied). Always set by the engine; the server may ignore
   * it (it applies the effects to its own copy), the preview and scripts carry it to the next step.
   */
  contact?: ContactState;
}

/** A graph compiled once and reused for every session of that flow version. */
export interface CompiledFlow {
  graph: Graph;
  /** The plain, JSON-serialisable XState config (no functions): can be printed, diffed, snapshot-tested. */
  config: unknown;
  /** The XState machine built from `config` with `setup({...}).createMachine`. */
  machine: unknown;
}

export type CompileResult = ({ ok: true } & CompiledFlow) | { ok: false; diagnostics: Diagnostic[] };

/**
 * The engine's public API (packages/engine/src/index.ts exports these functions with these signatures).
 * Everything is pure: same inputs, same outputs.
 */
export interface EngineApi {
  compileGraph(graph: unknown): CompileResult;
  /** The trigger of `graph` that this event starts, or null. `isNewContact`: the contact never wrote before. */
  matchTrigger(graph: Graph, event: StartEvent, options: { isNewContact: boolean }): Trigger | null;
  startSession(
    flow: CompiledFlow,
    input: { sessionId: string; trigger: Trigger; event: StartEvent; context: StepContext },
  ): StepResult;
  stepSession(
    flow: CompiledFlow,
    input: { sessionId: string; snapshot: SessionSnapshot; event: EngineEvent; context: StepContext },
  ): StepResult;
}

export type { Trigger };
