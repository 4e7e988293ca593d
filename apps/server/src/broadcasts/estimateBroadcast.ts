import type { TemplateStatus } from '@salesbot/policy';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { audienceChunk } from './audienceQuery.ts';
import { classifyRecipient } from './classifyRecipient.ts';
import { alreadyReached, getMessagingLimit, reachedLast24h } from './messagingLimit.ts';
import type { Audience, BroadcastEstimate, BroadcastMessage, BroadcastTemplate } from './types.ts';

const PAGE = 2000;

/**
 * What sending to `audience` now would do, walking the audience a page at a time (memory stays flat): who is
 * excluded and why, recipients per price category, how many are inside their window, and how the messaging limit
 * spreads the rest over days.
 */
export function estimateBroadcast(
  services: Services,
  input: {
    workspaceId: string;
    channel: Channel;
    audience: Audience;
    message: BroadcastMessage;
    template: BroadcastTemplate & { status: TemplateStatus };
  },
): BroadcastEstimate {
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
  }
  const limit = getMessagingLimit(db, input.workspaceId);
  const used = reachedLast24h(db, input.workspaceId, now);
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
    `${n(remaining ?? 0)} are left now: ${n(estimate.days[0] ?? 0)} go today, the other ${n(later)} over the next ` +
    `${estimate.days.length - 1} day${estimate.days.length === 2 ? '' : 's'} (sending continues by itself).`
  );
}

function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
