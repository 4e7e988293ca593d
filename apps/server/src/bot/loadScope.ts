import type { Services } from '../services.ts';
import { getContact } from '../store/contacts.ts';
import { getConversation } from '../store/conversations.ts';
import type { Scope } from './scope.ts';

/** The channel, conversation and contact of a conversation id, or null if any is gone. */
export function loadScope(services: Services, conversationId: string): Scope | null {
  const conversation = getConversation(services.db, conversationId);
  if (!conversation) return null;
  const channel = services.channels.get(conversation.channelId);
  const contact = getContact(services.db, conversation.contactId);
  return channel && contact ? { channel, conversation, contact } : null;
}
