import type { InboundMessage } from '@salesbot/whatsapp';
import { stopBotSession } from '../bot/runSession.ts';
import type { Scope } from '../bot/scope.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { saveContact } from '../store/contacts.ts';
import { getActiveSession } from '../store/sessions.ts';
import { addNote } from './conversationNotes.ts';
import { getInboxSettings } from './inboxSettings.ts';
import { matchOptKeyword } from './matchOptKeyword.ts';
import { queueSystemReply } from './queueSystemReply.ts';

/**
 * The inbox's rules for a new customer message, applied inside the webhook's transaction after the message is
 * stored and before any bot sees it: a closed conversation reopens; an opt-out keyword marks the contact opted
 * out (and out of marketing), stops the running bot and confirms; an opt-in keyword opts back in and confirms.
 * Returns true when the message was such a keyword: no bot answers it.
 */
export function applyInboxRules(
  services: Services,
  scope: Scope,
  message: InboundMessage,
  options: { newConversation?: boolean } = {},
): boolean {
  const { db } = services;
  const now = services.clock.now();
  const workspaceId = scope.channel.workspaceId;
  // A conversation created by this very message is not closed.
  const reopened =
    !options.newConversation &&
    stmt(db, 'UPDATE conversations SET closed_at = NULL, closed_by = NULL WHERE id = ? AND closed_at IS NOT NULL').run(
      scope.conversation.id,
    ).changes;
  if (reopened) {
    addNote(db, {
      workspaceId,
      conversationId: scope.conversation.id,
      kind: 'system',
      text: 'Reopened: the customer wrote again',
      now,
    });
  }

  const settings = getInboxSettings(db, workspaceId);
  const match = matchOptKeyword(message.content, settings);
  if (!match) return false;

  const { contact } = scope;
  const optingOut = match.action === 'optOut';
  contact.optIn = optingOut ? 'optedOut' : 'optedIn';
  contact.optInAt = now;
  contact.optInMethod = `keyword ${match.keyword}`;
  contact.optInSource = `WhatsApp message to ${scope.channel.displayPhoneNumber ?? scope.channel.name}`;
  contact.marketingOptOut = optingOut;
  contact.updatedAt = now;
  saveContact(db, contact);
  services.bus.record(workspaceId, 'contact.updated', { id: contact.id, optIn: contact.optIn }, now);

  if (optingOut) {
    const session = getActiveSession(db, scope.conversation.id);
    if (session) stopBotSession(services, scope, session, `opt-out (${match.keyword})`);
  }
  addNote(db, {
    workspaceId,
    conversationId: scope.conversation.id,
    kind: 'system',
    text: optingOut
      ? `Opted out: the customer sent ${match.keyword}. No bot, broadcast or marketing message will reach them; replies inside the 24-hour window they open still can.`
      : `Opted in again: the customer sent ${match.keyword}.`,
    now,
  });
  const confirmation = optingOut ? settings.optOutConfirmation : settings.optInConfirmation;
  if (confirmation.trim() !== '') queueSystemReply(services, scope, confirmation, match.action);
  return true;
}
