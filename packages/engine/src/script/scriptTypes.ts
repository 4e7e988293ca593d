import type { PriceCategory } from '@salesbot/policy';
import type { OutboundMessage } from '@salesbot/whatsapp';
import type { EndReason } from '../types.ts';

/** A conversation script (docs/conversation-scripts.md): a flow and conversations played against it. */
export interface ConversationScript {
  /** The graph file, relative to the script. */
  flow: string;
  conversations: ScriptConversation[];
}

export interface ScriptConversation {
  name: string;
  /** ISO 8601 (UTC): the simulated clock at the first step. */
  start: string;
  contact?: {
    waId?: string;
    name?: string;
    fields?: Record<string, string>;
    tags?: string[];
    optIn?: 'optedIn' | 'optedOut' | 'unknown';
    marketingOptOut?: boolean;
    stage?: { pipeline: string; stage: string };
  };
  channel?: { businessVerified?: boolean };
  steps: ScriptStep[];
}

export interface ScriptReferral {
  sourceType: string;
  sourceId?: string;
  sourceUrl?: string;
  headline?: string;
  body?: string;
  ctwaClid?: string;
}

export interface ScriptMedia {
  id: string;
  mimeType?: string;
  caption?: string;
  filename?: string;
}

/** What the customer sends: exactly one kind, optionally arriving from an ad or a page button. */
export type CustomerInput = (
  | { text: string }
  | { button: string }
  | { list: string }
  | { quickReply: string }
  | { flow: Record<string, unknown> }
  | { image: ScriptMedia }
  | { video: ScriptMedia }
  | { audio: ScriptMedia }
  | { document: ScriptMedia }
  | { sticker: ScriptMedia }
  | { location: { latitude: number; longitude: number; name?: string; address?: string } }
) & { referral?: ScriptReferral };

/** A bot message as the Cloud API takes it, or with the price category the policy must have given it. */
export type BotExpectation = OutboundMessage | { message: OutboundMessage; price?: PriceCategory };

export interface SessionExpectation {
  status?: 'waiting' | 'ended';
  endReason?: EndReason;
  /** The step the session waits on. */
  node?: string;
  /** Each listed variable has this value (others are not checked). */
  variables?: Record<string, string>;
  contact?: {
    /** Each listed field has this value. */
    fields?: Record<string, string>;
    /** Exactly these tags, in any order. */
    tags?: string[];
    stage?: { pipeline: string; stage: string };
  };
  handoff?: { team?: string; agent?: string };
  /** The pending webhook request; a JSON body may be given as the parsed object. */
  webhook?: { method?: string; url?: string; body?: unknown };
}

export type ScriptStep =
  | { customer: CustomerInput }
  | { advance: string }
  | { webhook: { status?: number; body?: unknown; error?: string } }
  | { start: { trigger: string; variables?: Record<string, string> } }
  | { stage: { pipeline: string; stage: string } }
  | { bot: BotExpectation[] }
  | { expect: SessionExpectation };

/** The first thing that went differently from the script. */
export interface ScriptFailure {
  /** Index of the step in `steps` (-1: before any step, e.g. the flow did not compile). */
  step: number;
  /** What kind of step it was (`bot`, `expect`, `customer`…). */
  stepKind: string;
  message: string;
  /** Where inside the compared value (`bot[1].interactive.body.text`), when a value differed. */
  path?: string;
  expected?: unknown;
  actual?: unknown;
}

export interface ConversationResult {
  name: string;
  ok: boolean;
  failure?: ScriptFailure;
}

export interface ScriptResult {
  flow: string;
  ok: boolean;
  conversations: ConversationResult[];
}
