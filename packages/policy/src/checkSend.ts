import { DEFAULT_RULE_SETS } from './defaultRuleSets.ts';
import { findRefusal } from './findRefusal.ts';
import { getWindowState } from './getWindowState.ts';
import { priceMessage } from './priceMessage.ts';
import { ruleSetAt } from './ruleSetAt.ts';
import type { PolicyInput, RuleSet, SendCheck } from './types.ts';

/**
 * May this message go now, and what does it cost: the decision (allowed with its price and a sentence, or refused
 * with a code and a sentence) together with the window states it was made under. Prices come from the rule set in
 * force at `input.now`.
 */
export function checkSend(input: PolicyInput, ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS): SendCheck {
  const window = getWindowState(input.facts, input.now, ruleSets);
  const ruleSet = ruleSetAt(input.now, ruleSets);
  const refusal = findRefusal(input, window, ruleSet);
  if (refusal) return { allowed: false, ...refusal, window };
  const { price, pricingType, reason } = priceMessage(input.message, window, ruleSet, input.now);
  return { allowed: true, price, pricingType, reason, ruleSet: ruleSet.id, window };
}
