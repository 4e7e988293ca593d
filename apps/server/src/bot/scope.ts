import type { StepContext } from '@salesbot/engine';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { type Contact, toContactState } from '../store/contacts.ts';
import type { Conversation } from '../store/conversations.ts';

/**
 * The rows one conversation event works on, loaded once and mutated in memory as effects apply; each change is
 * also written to the database inside the same transaction.
 */
export interface Scope {
  channel: Channel;
  conversation: Conversation;
  contact: Contact;
  /** Outbox ids queued while handling this event, in order (the sandbox API answers with them). */
  queued?: string[];
  /** Known to have no lead (a contact created by this event, before any stage change): no need to look. */
  noLeads?: boolean;
}

/** What a bot step needs to know besides its snapshot and event. */
export function stepContext(services: Services, scope: Scope): StepContext {
  return {
    now: services.clock.now(),
    facts: scope.conversation.facts,
    contact: toContactState(services.db, scope.contact, scope.noLeads === true),
    channel: { businessVerified: scope.channel.businessVerified },
    templates: services.templates.forWorkspace(scope.channel.workspaceId),
  };
}
