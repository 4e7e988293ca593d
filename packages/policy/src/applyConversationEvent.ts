import { DEFAULT_RULE_SETS } from './defaultRuleSets.ts';
import { ruleSetAt } from './ruleSetAt.ts';
import type { ConversationEvent, ConversationFacts, RuleSet } from './types.ts';

/**
 * The facts after one event. Events are expected in time order; a stale one (older than what the facts already
 * hold) never moves a window backwards. Window lengths come from the rule set in force when each window started.
 *
 * - A customer message restarts the customer-service window.
 * - One carrying a referral starts a new entry point, awaiting the business's reply. If an entry-point window is
 *   still running, its end is kept in `previousEntryPointClosesAt`, so it stays free until then.
 * - The first business message before the reply deadline opens the free entry-point window from that message and
 *   clears `previousEntryPointClosesAt` (the new window ends later). Later business messages change nothing.
 */
export function applyConversationEvent(
  facts: ConversationFacts,
  event: ConversationEvent,
  ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS,
): ConversationFacts {
  const previousEntryPointClosesAt = facts.previousEntryPointClosesAt ?? null;
  if (event.type === 'customerMessage') {
    const lastCustomerMessageAt =
      facts.lastCustomerMessageAt === null ? event.at : Math.max(facts.lastCustomerMessageAt, event.at);
    const entryPoint = facts.entryPoint;
    if (!event.referral || (entryPoint && event.at < entryPoint.referralAt)) {
      return { ...facts, lastCustomerMessageAt, previousEntryPointClosesAt };
    }
    return {
      lastCustomerMessageAt,
      entryPoint: { referralAt: event.at, referral: event.referral, firstReplyAt: null },
      previousEntryPointClosesAt: runningEntryPointEnd(facts, event.at, ruleSets),
    };
  }

  const entryPoint = facts.entryPoint;
  if (!entryPoint || entryPoint.firstReplyAt !== null || event.at < entryPoint.referralAt) {
    return { ...facts, previousEntryPointClosesAt };
  }
  const replyDeadline = entryPoint.referralAt + ruleSetAt(entryPoint.referralAt, ruleSets).entryPointReplyMs;
  if (event.at >= replyDeadline) return { ...facts, previousEntryPointClosesAt };
  return {
    ...facts,
    entryPoint: { ...entryPoint, firstReplyAt: event.at },
    previousEntryPointClosesAt: null,
  };
}

/** The end of the entry-point window still running at `at` (the current one or an earlier kept one), else null. */
function runningEntryPointEnd(facts: ConversationFacts, at: number, ruleSets: readonly RuleSet[]): number | null {
  const ends: number[] = [];
  const firstReplyAt = facts.entryPoint?.firstReplyAt ?? null;
  if (firstReplyAt !== null) ends.push(firstReplyAt + ruleSetAt(firstReplyAt, ruleSets).entryPointWindowMs);
  if (facts.previousEntryPointClosesAt != null) ends.push(facts.previousEntryPointClosesAt);
  const running = ends.filter((end) => end > at);
  return running.length > 0 ? Math.max(...running) : null;
}
