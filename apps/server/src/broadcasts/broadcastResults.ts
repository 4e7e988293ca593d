import type { BroadcastCounts, BroadcastTimeline, ExclusionReason } from '@salesbot/policy';
import { classifyError } from '@salesbot/whatsapp';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** Counts from the recipient rows of one broadcast: one pass per question, all by its primary key range. */
export function broadcastCounts(db: Db, broadcastId: string): BroadcastCounts {
  const main = stmt(
    db,
    `SELECT count(*) AS total, sum(state = 'excluded') AS excluded, sum(state = 'pending') AS pending,
       sum(state = 'queued') AS queued, count(sent_at) AS sent, count(delivered_at) AS delivered,
       count(read_at) AS read, sum(state = 'failed') AS failed, sum(state = 'cancelled') AS cancelled,
       count(replied_at) AS replied,
       sum(state != 'excluded' AND price = 'free') AS free, sum(state != 'excluded' AND price = 'utility') AS utility,
       sum(state != 'excluded' AND price = 'marketing') AS marketing
     FROM broadcast_recipients WHERE broadcast_id = ?`,
  ).get(broadcastId) as Record<string, number | null>;
  const excludedBy: BroadcastCounts['excludedBy'] = {};
  for (const row of stmt(
    db,
    `SELECT reason, count(*) AS count FROM broadcast_recipients WHERE broadcast_id = ? AND state = 'excluded'
     GROUP BY reason`,
  ).all(broadcastId) as { reason: ExclusionReason; count: number }[]) {
    excludedBy[row.reason] = row.count;
  }
  const failedBy = (
    stmt(
      db,
      `SELECT error_code AS code, count(*) AS count FROM broadcast_recipients WHERE broadcast_id = ? AND state = 'failed'
       GROUP BY error_code ORDER BY count DESC`,
    ).all(broadcastId) as { code: number | null; count: number }[]
  ).map((row) => ({ ...row, title: row.code === null ? 'No answer' : classifyError(row.code).title }));
  const quickReplies = stmt(
    db,
    `SELECT quick_reply AS payload, count(*) AS count FROM broadcast_recipients
     WHERE broadcast_id = ? AND quick_reply IS NOT NULL GROUP BY quick_reply ORDER BY count DESC`,
  ).all(broadcastId) as { payload: string; count: number }[];
  // An opt-out after the send: the contact opted out since, or stopped marketing messages they had not stopped.
  const optedOut = Number(
    stmt(
      db,
      `SELECT count(*) FROM broadcast_recipients r JOIN contacts c ON c.id = r.contact_id
       WHERE r.broadcast_id = ? AND r.sent_at IS NOT NULL
         AND ((c.opt_in = 'optedOut' AND c.opt_in_at >= r.sent_at) OR (c.marketing_opt_out = 1 AND r.marketing_opt_out = 0)
              OR r.error_code = 131050)`,
    )
      .pluck()
      .get(broadcastId),
  );
  const n = (key: string) => Number(main[key] ?? 0);
  return {
    total: n('total'),
    recipients: n('total') - n('excluded'),
    excluded: n('excluded'),
    excludedBy,
    pending: n('pending'),
    queued: n('queued'),
    sent: n('sent'),
    delivered: n('delivered'),
    read: n('read'),
    failed: n('failed'),
    failedBy,
    cancelled: n('cancelled'),
    replied: n('replied'),
    quickReplies,
    optedOut,
    byPrice: { free: n('free'), utility: n('utility'), marketing: n('marketing') },
  };
}

const SERIES = ['sent', 'delivered', 'read', 'replied', 'failed'] as const;
const NICE_BUCKETS = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21_600, 43_200, 86_400].map(
  (seconds) => seconds * 1000,
);

/** Cumulative sent/delivered/read/replied/failed per time bucket (at most ~`maxBuckets`), grouped in SQL. */
export function broadcastTimeline(db: Db, broadcastId: string, now: number, maxBuckets = 60): BroadcastTimeline {
  const range = stmt(
    db,
    `SELECT min(coalesce(sent_at, failed_at)) AS first FROM broadcast_recipients
     WHERE broadcast_id = ? AND (sent_at IS NOT NULL OR failed_at IS NOT NULL)`,
  ).get(broadcastId) as { first: number | null };
  const empty: BroadcastTimeline = {
    bucketMs: 1000,
    times: [],
    sent: [],
    delivered: [],
    read: [],
    replied: [],
    failed: [],
  };
  if (range.first === null) return empty;
  const first = range.first;
  const span = Math.max(1, now - first);
  const bucketMs = NICE_BUCKETS.find((size) => span / size <= maxBuckets) ?? 86_400_000;
  const count = Math.floor(span / bucketMs) + 1;
  const timeline: BroadcastTimeline = {
    ...empty,
    bucketMs,
    times: Array.from({ length: count }, (_, i) => first + i * bucketMs),
  };
  for (const series of SERIES) {
    const column = series === 'failed' ? 'failed_at' : `${series}_at`;
    const perBucket = new Array<number>(count).fill(0);
    const rows = stmt(
      db,
      `SELECT (${column} - ?) / ? AS bucket, count(*) AS count FROM broadcast_recipients
       WHERE broadcast_id = ? AND ${column} IS NOT NULL GROUP BY bucket`,
    ).all(first, bucketMs, broadcastId) as { bucket: number; count: number }[];
    for (const row of rows) {
      const index = Math.min(count - 1, Math.max(0, Math.floor(row.bucket)));
      perBucket[index] = (perBucket[index] ?? 0) + row.count;
    }
    let running = 0;
    timeline[series] = perBucket.map((value) => {
      running += value;
      return running;
    });
  }
  return timeline;
}

/** One recipient as the list and the CSV export show it. */
export interface RecipientRow {
  seq: number;
  contactId: string;
  waId: string;
  name: string | null;
  state: string;
  reason: string | null;
  reasonText: string | null;
  price: string | null;
  errorCode: number | null;
  errorMessage: string | null;
  queuedAt: number | null;
  sentAt: number | null;
  deliveredAt: number | null;
  readAt: number | null;
  failedAt: number | null;
  repliedAt: number | null;
  quickReply: string | null;
}

/** A page of recipients after `afterSeq` (keyset), optionally of one state. */
export function recipientsPage(
  db: Db,
  broadcastId: string,
  options: { afterSeq?: number; limit?: number; state?: string },
): RecipientRow[] {
  const rows = stmt(
    db,
    `SELECT r.seq, r.contact_id, r.wa_id, c.name, r.state, r.reason, r.reason_text, r.price, r.error_code,
       r.error_message, r.queued_at, r.sent_at, r.delivered_at, r.read_at, r.failed_at, r.replied_at, r.quick_reply
     FROM broadcast_recipients r LEFT JOIN contacts c ON c.id = r.contact_id
     WHERE r.broadcast_id = ? AND r.seq > ? AND (? IS NULL OR r.state = ?)
     ORDER BY r.seq LIMIT ?`,
  ).all(broadcastId, options.afterSeq ?? -1, options.state ?? null, options.state ?? null, options.limit ?? 100) as {
    seq: number;
    contact_id: string;
    wa_id: string;
    name: string | null;
    state: string;
    reason: string | null;
    reason_text: string | null;
    price: string | null;
    error_code: number | null;
    error_message: string | null;
    queued_at: number | null;
    sent_at: number | null;
    delivered_at: number | null;
    read_at: number | null;
    failed_at: number | null;
    replied_at: number | null;
    quick_reply: string | null;
  }[];
  return rows.map((row) => ({
    seq: row.seq,
    contactId: row.contact_id,
    waId: row.wa_id,
    name: row.name,
    state: row.state,
    reason: row.reason,
    reasonText: row.reason_text,
    price: row.price,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    queuedAt: row.queued_at,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
    failedAt: row.failed_at,
    repliedAt: row.replied_at,
    quickReply: row.quick_reply,
  }));
}
