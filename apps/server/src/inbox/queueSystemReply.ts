import { applyConversationEvent, checkSend } from '@salesbot/policy';
import type { OutboundMessage } from '@salesbot/whatsapp';
import type { Scope } from '../bot/scope.ts';
import { newId } from '../db/ids.ts';
import type { Services } from '../services.ts';
import { insertOutboundMessage } from '../store/messages.ts';
import { enqueueSend } from '../store/outbox.ts';

/**
 * Queues a text the workspace sends on its own (an opt-out confirmation), through the policy like a bot's message:
 * nothing goes out that WhatsApp would refuse. Stored as a bot message marked `system`. Call inside a transaction;
 * the caller saves the conversation (its window facts move). Returns the outbox id, or null when refused.
 */
export function queueSystemReply(services: Services, scope: Scope, body: string, system: string): string | null {
  const now = services.clock.now();
  const message: OutboundMessage = { type: 'text', text: { body } };
  const check = checkSend({
    facts: scope.conversation.facts,
    message: { kind: 'text' },
    context: 'bot',
    channel: { businessVerified: scope.channel.businessVerified },
    contact: { optIn: scope.contact.optIn, marketingOptOut: scope.contact.marketingOptOut },
    now,
  });
  if (!check.allowed) return null;
  const workspaceId = scope.channel.workspaceId;
  const outboxId = newId('ob');
  enqueueSend(services.db, {
    id: outboxId,
    workspaceId,
    channelId: scope.channel.id,
    conversationId: scope.conversation.id,
    sessionId: null,
    toWaId: scope.contact.waId,
    payload: { message },
    now,
  });
  const id = insertOutboundMessage(services.db, {
    workspaceId,
    conversationId: scope.conversation.id,
    sender: 'bot',
    type: 'text',
    content: { message, reason: check.reason, system },
    outboxId,
    status: 'queued',
    price: check.price,
    now,
  });
  scope.conversation.facts = applyConversationEvent(scope.conversation.facts, { type: 'businessMessage', at: now });
  scope.conversation.lastActivityAt = Math.max(scope.conversation.lastActivityAt, now);
  scope.queued?.push(outboxId);
  services.bus.record(
    workspaceId,
    'message.out',
    { id, conversationId: scope.conversation.id, sender: 'bot', message, price: check.price, system },
    now,
  );
  return outboxId;
}
