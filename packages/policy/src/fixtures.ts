import { EMPTY_FACTS } from './emptyFacts.ts';
import { foldConversationEvents } from './foldConversationEvents.ts';
import type { ConversationEvent, PolicyInput, PolicyMessage, Referral } from './types.ts';

// Test fixtures, not exported from the package.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** A fixed start so tests never depend on the clock: 2025-09-01 10:00 UTC, under the 2025-07-01 rules. */
export const T0 = Date.parse('2025-09-01T10:00:00Z');

/** T0 plus hours, minutes, seconds and milliseconds. */
export function at(hours: number, minutes = 0, seconds = 0, ms = 0): number {
  return T0 + hours * HOUR + minutes * MINUTE + seconds * SECOND + ms;
}

export const AD: Referral = { sourceType: 'ad', sourceId: '120210', ctwaClid: 'clid-1' };

export function customer(time: number, referral?: Referral): ConversationEvent {
  return referral ? { type: 'customerMessage', at: time, referral } : { type: 'customerMessage', at: time };
}

export function business(time: number): ConversationEvent {
  return { type: 'businessMessage', at: time };
}

export const TEXT: PolicyMessage = { kind: 'text' };

export function template(
  category: 'utility' | 'marketing' | 'authentication',
  options: Partial<NonNullable<PolicyMessage['template']>> = {},
): PolicyMessage {
  return { kind: 'template', template: { category, status: 'APPROVED', ...options } };
}

/** A send by a bot on a verified channel to an opted-in contact; override what the case is about. */
export function createPolicyInput(
  overrides: Partial<PolicyInput> & { events?: ConversationEvent[] } = {},
): PolicyInput {
  const { events, ...rest } = overrides;
  return {
    facts: events ? foldConversationEvents(events) : EMPTY_FACTS,
    message: TEXT,
    context: 'bot',
    channel: { businessVerified: true },
    contact: { optIn: 'optedIn' },
    now: T0,
    ...rest,
  };
}
