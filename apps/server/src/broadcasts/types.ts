/**
 * The broadcasts' vocabulary: who gets a broadcast (an audience), what they get (a template step), and how a
 * broadcast and each of its recipients move along. Times are epoch milliseconds.
 */
import type { GraphNode } from '@salesbot/graph';
import { z } from 'zod';

const fieldName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'letters, digits and "_", not starting with a digit');

/** Contacts chosen by tags (any of them), a pipeline stage, field conditions and an uploaded list; all ANDed. */
export const audienceSchema = z.object({
  /** Contacts with at least one of these tags. Empty: no tag condition. */
  tags: z.array(z.string().min(1).max(100)).max(50).default([]),
  stage: z.object({ pipeline: z.string().min(1), stage: z.string().min(1) }).optional(),
  fields: z
    .array(
      z.object({
        field: fieldName,
        op: z.enum(['equals', 'notEquals', 'contains', 'isSet', 'isNotSet']),
        value: z.string().max(4096).default(''),
      }),
    )
    .max(20)
    .default([]),
  /** A list uploaded as CSV (`POST /api/broadcasts/lists`). */
  listId: z.string().min(1).optional(),
});
export type Audience = z.infer<typeof audienceSchema>;

/** How a broadcast's messages leave: the Cloud API's `/messages`, or Marketing Messages Lite. */
export type SendMode = 'cloud' | 'marketingLite';

export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'completed' | 'cancelled';

export type RecipientState = 'pending' | 'excluded' | 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'cancelled';

/**
 * Why a contact of the audience gets nothing: consent and numbers (the four), a marketing opt-out, a
 * template parameter that would be empty for that contact, or the policy refusing for another reason.
 */
export type ExclusionReason =
  | 'notOptedIn'
  | 'optedOut'
  | 'marketingOptedOut'
  | 'invalidNumber'
  | 'unsupportedCountry'
  | 'emptyParameter'
  | 'refused';

/** The template step every recipient gets (`template` for custom and Flow templates, `carousel`). */
export type BroadcastMessage = Extract<GraphNode, { type: 'template' | 'carousel' }>;

/** What the registry says of the template, copied when the broadcast is saved. */
export interface BroadcastTemplate {
  name: string;
  language: string;
  category: 'utility' | 'marketing';
  kind: 'custom' | 'carousel' | 'flow';
}

export interface Broadcast {
  id: string;
  workspaceId: string;
  channelId: string;
  name: string;
  audience: Audience;
  message: BroadcastMessage;
  template: BroadcastTemplate;
  sendMode: SendMode;
  status: BroadcastStatus;
  statusReason: string | null;
  scheduledAt: number | null;
  timeZone: string | null;
  planCursor: string | null;
  planSeq: number;
  plannedAt: number | null;
  plan: BroadcastEstimate | null;
  waitingUntil: number | null;
  startedAt: number | null;
  completedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** What sending the broadcast now would do: who gets it, at what price, and over how many days. */
export interface BroadcastEstimate {
  /** Contacts the audience matched. */
  matched: number;
  /** Of those, who would receive it. */
  recipients: number;
  excluded: Partial<Record<ExclusionReason, number>>;
  /** Recipients per price category (a contact inside an open window gets a free utility template…). */
  byPrice: { free: number; utility: number; marketing: number };
  /** Recipients inside their 24-hour window (never counted against the messaging limit) and outside it. */
  insideWindow: number;
  outsideWindow: number;
  messagingLimit: { limit: number | null; usedLast24h: number; remaining: number | null };
  /** Messages per second of the number. */
  throughput: number;
  /** Recipients per day of sending: the first entry is today; more entries mean the limit spreads it out. */
  days: number[];
  /** One sentence saying how the sending will go. */
  summary: string;
}
