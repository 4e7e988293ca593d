import type { ConversationFacts } from './types.ts';

/** The facts of a conversation in which nothing has happened yet. */
export const EMPTY_FACTS: ConversationFacts = Object.freeze({
  lastCustomerMessageAt: null,
  entryPoint: null,
  previousEntryPointClosesAt: null,
});
