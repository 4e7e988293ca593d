/** The broadcasts API's shapes (docs/broadcasts.md), as the web app reads them. Times are epoch milliseconds. */
import type {
  BroadcastCounts,
  BroadcastEstimate,
  BroadcastStatus,
  BroadcastTimeline,
  ExclusionReason,
  SendMode,
} from '@salesbot/policy';
import type { OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';

export type { BroadcastCounts, BroadcastEstimate, BroadcastStatus, BroadcastTimeline, ExclusionReason, SendMode };

export interface Audience {
  tags: string[];
  stage?: { pipeline: string; stage: string };
  fields: { field: string; op: 'equals' | 'notEquals' | 'contains' | 'isSet' | 'isNotSet'; value: string }[];
  listId?: string;
}

/** A template or carousel step (the graph's `{ type, data }`). */
export interface BroadcastMessageStep {
  type: 'template' | 'carousel';
  data: Record<string, unknown> & { name: string; language: string };
}

export interface Broadcast {
  id: string;
  name: string;
  status: BroadcastStatus;
  statusReason: string | null;
  channel: {
    id: string;
    name: string;
    displayPhoneNumber: string | null;
    sandbox: boolean;
    coexistence: boolean;
    /** Set while the number's queue is stopped (token or account problem): nothing leaves until it is resumed. */
    stoppedReason: string | null;
  } | null;
  audience: Audience;
  message: BroadcastMessageStep;
  template: { name: string; language: string; category: 'utility' | 'marketing'; kind: 'custom' | 'carousel' | 'flow' };
  sendMode: SendMode;
  scheduledAt: number | null;
  timeZone: string | null;
  scheduledLocal: string | null;
  plan: BroadcastEstimate | null;
  plannedAt: number | null;
  waitingUntil: number | null;
  startedAt: number | null;
  completedAt: number | null;
  createdAt: number;
  counts: BroadcastCounts;
}

export interface Recipient {
  seq: number;
  contactId: string;
  waId: string;
  name: string | null;
  state: string;
  reason: ExclusionReason | null;
  reasonText: string | null;
  price: string | null;
  errorCode: number | null;
  errorMessage: string | null;
  sentAt: number | null;
  deliveredAt: number | null;
  readAt: number | null;
  repliedAt: number | null;
  quickReply: string | null;
}

export interface PreviewResult {
  contact: { id: string; waId: string; name: string | null } | null;
  message: OutboundMessage;
  display: TemplateDisplay;
  decision:
    | { send: true; price: 'free' | 'utility' | 'marketing'; insideWindow: boolean; reason: string }
    | { send: false; reason: ExclusionReason; text: string }
    | null;
}

export interface AudienceCount {
  count: number;
  sample: { id: string; waId: string; name: string | null; optIn: string }[];
}

export interface ListUpload {
  listId: string | null;
  rows: number;
  valid: number;
  optedIn: number;
  errorCount: number;
  errors: { line: number; message: string }[];
  duplicates: { line: number; firstLine: number; waId: string }[];
  created?: number;
  updated?: number;
}

export interface MessagingSettings {
  messagingLimit: number | null;
  tiers: (number | null)[];
  usedLast24h: number;
  remaining: number | null;
}

/** Words for the exclusion reasons, as a marketer reads them. */
export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  notOptedIn: 'Not opted in',
  optedOut: 'Opted out',
  marketingOptedOut: 'Stopped marketing messages',
  invalidNumber: 'Invalid number',
  unsupportedCountry: 'Country not supported',
  emptyParameter: 'A parameter would be empty',
  refused: 'Refused by the policy',
};

export const STATUS_LABELS: Record<BroadcastStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  sending: 'Sending',
  paused: 'Paused',
  completed: 'Completed',
  cancelled: 'Cancelled',
};
