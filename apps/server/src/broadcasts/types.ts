/**
 * The broadcasts' vocabulary: who gets a broadcast (an audience), what they get (a template step), and how a
 * broadcast and each of its recipients move along. Times are epoch milliseconds.
 */
import type { GraphNode } from '@salesbot/graph';
import type { BroadcastEstimate, BroadcastStatus, ExclusionReason, SendMode } from '@salesbot/policy';
import { z } from 'zod';

export type { BroadcastEstimate, BroadcastStatus, ExclusionReason, SendMode };

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

export type RecipientState = 'pending' | 'excluded' | 'queued' | 'sent' | 'delivered' | 'read' | 'failed' | 'cancelled';

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
