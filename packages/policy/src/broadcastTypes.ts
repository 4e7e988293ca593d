/**
 * The broadcasts API's vocabulary and result shapes (docs/broadcasts.md), shared by the server that computes them
 * and the editor that shows them. Times are epoch milliseconds.
 */

/** How a broadcast's messages leave: the Cloud API's `/messages`, or Marketing Messages Lite. */
export type SendMode = 'cloud' | 'marketingLite';

export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'completed' | 'cancelled';

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

/** A broadcast's results as counts: how far each recipient got, what failed and why, what customers did. */
export interface BroadcastCounts {
  /** Recipient rows planned so far (the audience matched). */
  total: number;
  /** Those who will (or did) get it: every row but the excluded. */
  recipients: number;
  excluded: number;
  excludedBy: Partial<Record<ExclusionReason, number>>;
  pending: number;
  queued: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  failedBy: { code: number | null; title: string; count: number }[];
  cancelled: number;
  replied: number;
  quickReplies: { payload: string; count: number }[];
  /** Recipients who opted out after it was sent to them (STOP, a marketing opt-out, error 131050). */
  optedOut: number;
  byPrice: { free: number; utility: number; marketing: number };
}

/** The results over time: cumulative counts at the end of each bucket, from the first send on. */
export interface BroadcastTimeline {
  bucketMs: number;
  /** Start of each bucket (epoch ms). */
  times: number[];
  sent: number[];
  delivered: number[];
  read: number[];
  replied: number[];
  failed: number[];
}
