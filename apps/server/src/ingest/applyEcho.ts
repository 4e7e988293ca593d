import { applyConversationEvent } from '@salesbot/policy';
import type { WebhookEvent } from '@salesbot/whatsapp';
import { stmt } from '../db/stmt.ts';
import { humanReplyPauseMs } from '../inbox/inboxSettings.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { upsertContact } from '../store/contacts.ts';
import { PAUSED_UNTIL_RESUMED, saveConversation, upsertConversation } from '../store/conversations.ts';
import { insertOutboundMessage } from '../store/messages.ts';

export type EchoEvent = Extract<WebhookEvent, { kind: 'echo' }>;

/**
 * A message the team sent from the WhatsApp Business app (coexistence): stored as an outbound message once (by
 * wamid), counted as a business message for the windows, and treated as a human reply — the bot pauses.
 */
export function applyEcho(
  services: Services,
  channel: Channel,
  event: EchoEvent,
): { kind: 'echo'; duplicate: boolean } {
  const { db } = services;
  const now = services.clock.now();
  const contact = upsertContact(db, channel.workspaceId, event.to, undefined, now);
  const conversation = upsertConversation(db, channel.workspaceId, channel.id, contact.id, now);
  const before = stmt(db, 'SELECT 1 FROM messages WHERE wamid = ?').get(event.message.id);
  if (before) return { kind: 'echo', duplicate: true };
  const id = insertOutboundMessage(db, {
    workspaceId: channel.workspaceId,
    conversationId: conversation.id,
    sender: 'echo',
    type: event.message.content.type,
    content: event.message.content,
    wamid: event.message.id,
    status: 'sent',
    now,
  });
  conversation.facts = applyConversationEvent(conversation.facts, {
    type: 'businessMessage',
    at: event.message.timestamp,
  });
  conversation.lastActivityAt = Math.max(conversation.lastActivityAt, now);
  pauseForHumanReply(services, conversation, now);
  saveConversation(db, conversation);
  services.bus.record(
    channel.workspaceId,
    'message.out',
    { id, conversationId: conversation.id, sender: 'echo', content: event.message.content },
    now,
  );
  return { kind: 'echo', duplicate: false };
}

/**
 * A person answered: the bot stays quiet for the configured time — the workspace's inbox setting, else the
 * server's — and a handoff's open-ended pause is kept.
 */
export function pauseForHumanReply(
  services: Services,
  conversation: { botPausedUntil: number | null; workspaceId?: string },
  now: number,
): void {
  if (conversation.botPausedUntil === PAUSED_UNTIL_RESUMED) return;
  const pauseMs = humanReplyPauseMs(services.db, conversation.workspaceId, services.config.bot.humanReplyPauseMs);
  conversation.botPausedUntil = Math.max(conversation.botPausedUntil ?? 0, now + pauseMs);
}
