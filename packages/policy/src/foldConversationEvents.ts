import { applyConversationEvent } from './applyConversationEvent.ts';
import { DEFAULT_RULE_SETS } from './defaultRuleSets.ts';
import { EMPTY_FACTS } from './emptyFacts.ts';
import type { ConversationEvent, ConversationFacts, RuleSet } from './types.ts';

/** The facts after a sequence of events (in time order), from `initial` or an empty conversation. */
export function foldConversationEvents(
  events: Iterable<ConversationEvent>,
  initial: ConversationFacts = EMPTY_FACTS,
  ruleSets: readonly RuleSet[] = DEFAULT_RULE_SETS,
): ConversationFacts {
  let facts = initial;
  for (const event of events) facts = applyConversationEvent(facts, event, ruleSets);
  return facts;
}
