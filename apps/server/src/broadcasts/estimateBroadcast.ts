import type { TemplateStatus } from '@salesbot/policy';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { audienceChunk } from './audienceQuery.ts';
import { classifyRecipient } from './classifyRecipient.ts';
import { alreadyReached, DAY_MS, getMessagingLimit, reachedLast24h } from './messagingLimit.ts';
import type { Audience, BroadcastEstimate, BroadcastMessage, BroadcastTemplate, ExclusionReason } from './types.ts';

const PAGE = 2000;

/**
 * What sending to `audience` now would do, walking the audience a page at a time (memory stays flat, and the event
 * loop is given back between pages): who is excluded and why, recipients per price category, how many are inside
 * their window, and how the messaging limit spreads the rest over days.
 */
export async function estimateBroadcast(
  services: Services,
  input: {
    workspaceId: string;
    channel: Channel;
    audience: Audience;
    message: BroadcastMessage;
    template: BroadcastTemplate & { status: TemplateStatus };
  },
): Promise<BroadcastEstimate> {
  const { db } = services;
  const now = services.clock.now();
  const estimate: BroadcastEstimate = {
    matched: 0,
    recipients: 0,
    excluded: {},
    byPrice: { free: 0, utility: 0, marketing: 0 },
    insideWindow: 0,
    outsideWindow: 0,
    messagingLimit: { limit: null, usedLast24h: 0, remaining: null },
    throughput: channelThroughput(services, input.channel),
    days: [],
    summary: '',
  };
  let needSlot = 0;
  let after: string | null = null;
  for (;;) {
    const page = audienceChunk(db, {
      workspaceId: input.workspaceId,
      channelId: input.channel.id,
      audience: input.audience,
      after,
      limit: PAGE,
    });
    for (const contact of page) {
      estimate.matched++;
      const decision = classifyRecipient(contact, contact.facts, {
        message: input.message,
        template: input.template,
        businessVerified: input.channel.businessVerified,
        now,
      });
      if (!decision.send) {
        estimate.excluded[decision.reason] = (estimate.excluded[decision.reason] ?? 0) + 1;
        continue;
      }
      estimate.recipients++;
      estimate.byPrice[decision.price]++;
      if (decision.insideWindow) estimate.insideWindow++;
      else {
        estimate.outsideWindow++;
        if (!alreadyReached(db, input.workspaceId, contact.waId, now)) needSlot++;
      }
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return withDays(services, input.workspaceId, estimate, needSlot, now);
}

/**
 * The plan of a broadcast whose recipients are planned and not yet sent: the same summary as an estimate, from its
 * recipient rows (one aggregate over them, and a join with the contacts reached in the last 24 hours).
 */
export function planFromRecipients(services: Services, broadcastId: string, channel: Channel): BroadcastEstimate {
  const { db } = services;
  const now = services.clock.now();
  const row = stmt(
    db,
    `SELECT count(*) AS matched, sum(state != 'excluded') AS recipients,
       sum(state != 'excluded' AND price = 'free') AS free, sum(state != 'excluded' AND price = 'utility') AS utility,
       sum(state != 'excluded' AND price = 'marketing') AS marketing,
       sum(state != 'excluded' AND lane = 0) AS inside, sum(state != 'excluded' AND lane = 1) AS outside
     FROM broadcast_recipients WHERE broadcast_id = ?`,
  ).get(broadcastId) as Record<string, number | null>;
  const excluded: BroadcastEstimate['excluded'] = {};
  for (const { reason, count } of stmt(
    db,
    `SELECT reason, count(*) AS count FROM broadcast_recipients WHERE broadcast_id = ? AND state = 'excluded'
     GROUP BY reason`,
  ).all(broadcastId) as { reason: ExclusionReason; count: number }[]) {
    excluded[reason] = count;
  }
  const workspaceId = stmt(db, 'SELECT workspace_id FROM broadcasts WHERE id = ?').pluck().get(broadcastId) as string;
  const counted = Number(
    stmt(
      db,
      `SELECT count(*) FROM broadcast_recipients r JOIN broadcast_reach b ON b.workspace_id = ? AND b.wa_id = r.wa_id
       WHERE r.broadcast_id = ? AND r.state != 'excluded' AND r.lane = 1 AND b.reached_at > ?`,
    )
      .pluck()
      .get(workspaceId, broadcastId, now - DAY_MS),
  );
  const n = (key: string) => Number(row[key] ?? 0);
  const estimate: BroadcastEstimate = {
    matched: n('matched'),
    recipients: n('recipients'),
    excluded,
    byPrice: { free: n('free'), utility: n('utility'), marketing: n('marketing') },
    insideWindow: n('inside'),
    outsideWindow: n('outside'),
    messagingLimit: { limit: null, usedLast24h: 0, remaining: null },
    throughput: channelThroughput(services, channel),
    days: [],
    summary: '',
  };
  return withDays(services, workspaceId, estimate, n('outside') - counted, now);
}

/** The estimate with the messaging limit's state, the days it spreads over, and its summary sentence. */
function withDays(
  services: Services,
  workspaceId: string,
  estimate: BroadcastEstimate,
  needSlot: number,
  now: number,
): BroadcastEstimate {
  const limit = getMessagingLimit(services.db, workspaceId);
  const used = reachedLast24h(services.db, workspaceId, now);
  const remaining = limit === null ? null : Math.max(0, limit - used);
  estimate.messagingLimit = { limit, usedLast24h: used, remaining };
  estimate.days = spreadOverDays(estimate.recipients, needSlot, limit, remaining);
  estimate.summary = summarise(estimate);
  return estimate;
}

/** Messages per second a number sends at: its own throughput, capped (coexistence numbers lower). */
export function channelThroughput(services: Services, channel: Channel): number {
  const { outbox } = services.config;
  if (channel.coexistence)
    return Math.min(channel.throughput ?? outbox.coexistenceThroughput, outbox.coexistenceThroughput);
  return Math.min(channel.throughput ?? outbox.defaultThroughput, outbox.maxThroughput);
}

/** Recipients per day: those not needing a slot and what the limit leaves today go first; the rest a tier a day. */
export function spreadOverDays(
  recipients: number,
  needSlot: number,
  limit: number | null,
  remaining: number | null,
): number[] {
  if (recipients === 0) return [];
  if (limit === null || remaining === null) return [recipients];
  const today = Math.min(needSlot, remaining);
  const days = [recipients - needSlot + today];
  let rest = needSlot - today;
  while (rest > 0 && limit > 0) {
    days.push(Math.min(limit, rest));
    rest -= Math.min(limit, rest);
  }
  return days;
}

function summarise(estimate: BroadcastEstimate): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const excluded = Object.values(estimate.excluded).reduce((sum, value) => sum + (value ?? 0), 0);
  const who = `${n(estimate.recipients)} of ${n(estimate.matched)} contacts will receive it${
    excluded > 0 ? ` (${n(excluded)} excluded)` : ''
  }.`;
  if (estimate.recipients === 0) return `${who} Nothing would be sent.`;
  const seconds = Math.ceil(estimate.recipients / Math.max(1, estimate.throughput));
  const pace = `at ${n(estimate.throughput)} messages per second`;
  const { limit, remaining } = estimate.messagingLimit;
  if (estimate.days.length <= 1) {
    return `${who} All go today, ${pace} (about ${duration(seconds)}).`;
  }
  const later = estimate.days.slice(1).reduce((sum, value) => sum + value, 0);
  return (
    `${who} The messaging limit allows ${n(limit ?? 0)} contacts outside their 24-hour window per 24 hours and ` +
    `${n(remaining ?? 0)} are left now: ${n(estimate.days[0] ?? 0)} go today, the other ${n(later)} ` +
    `${estimate.days.length === 2 ? 'tomorrow' : `over the next ${estimate.days.length - 1} days`} (sending continues by itself).`
  );
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
