export { applyConversationEvent } from './applyConversationEvent.ts';
export { checkSend } from './checkSend.ts';
export { DEFAULT_RULE_SETS, PMP_2025_07_01 } from './defaultRuleSets.ts';
export { EMPTY_FACTS } from './emptyFacts.ts';
export { foldConversationEvents } from './foldConversationEvents.ts';
export { formatDuration } from './formatDuration.ts';
export { getWindowState } from './getWindowState.ts';
export { ruleSetAt } from './ruleSetAt.ts';
export type * from './types.ts';
