import { DEFAULT_RULE_SETS } from './defaultRuleSets.ts';
import { ruleSetAt } from './ruleSetAt.ts';
import type { ConversationFacts, RuleSet, WindowState } from './types.ts';

/**
 * Both windows at `now`. Windows are half-open, [start, start + length): a 24-hour window opened at 00:00 is open
 * at 23:59:59.999 and closed at 24:00:00. Each window's length comes from the rule set in force when it started.
 */
export function getWindowState(
  facts: ConversationFacts,
  now: number,
  ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS,
): WindowState {
  return {
    customerService: customerServiceState(facts, now, ruleSets),
    entryPoint: entryPointState(facts, now, ruleSets),
  };
}

function customerServiceState(
  facts: ConversationFacts,
  now: number,
  ruleSets: readonly RuleSet[],
): WindowState['customerService'] {
  const last = facts.lastCustomerMessageAt;
  if (last === null) return { open: false, closesAt: null, remainingMs: 0 };
  const closesAt = last + ruleSetAt(last, ruleSets).customerServiceWindowMs;
  const open = now < closesAt;
  return { open, closesAt, remainingMs: open ? closesAt - now : 0 };
}

function entryPointState(
  facts: ConversationFacts,
  now: number,
  ruleSets: readonly RuleSet[],
): WindowState['entryPoint'] {
  const entryPoint = facts.entryPoint;
  if (!entryPoint) return { status: 'none', replyDeadline: null, closesAt: null, remainingMs: 0 };

  if (entryPoint.firstReplyAt !== null) {
    const closesAt = entryPoint.firstReplyAt + ruleSetAt(entryPoint.firstReplyAt, ruleSets).entryPointWindowMs;
    return now < closesAt
      ? { status: 'open', replyDeadline: null, closesAt, remainingMs: closesAt - now }
      : { status: 'expired', replyDeadline: null, closesAt, remainingMs: 0 };
  }

  const deadline = entryPoint.referralAt + ruleSetAt(entryPoint.referralAt, ruleSets).entryPointReplyMs;
  const replyDeadline = now < deadline ? deadline : null;
  // An earlier window still running keeps messages free while the newer referral waits for its reply.
  const previous = facts.previousEntryPointClosesAt ?? null;
  if (previous !== null && now < previous) {
    return { status: 'open', replyDeadline, closesAt: previous, remainingMs: previous - now };
  }
  if (replyDeadline !== null) return { status: 'awaitingReply', replyDeadline, closesAt: null, remainingMs: 0 };
  return { status: 'expired', replyDeadline: null, closesAt: previous, remainingMs: 0 };
}
