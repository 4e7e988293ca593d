import { applyConversationEvent, type Referral } from '@salesbot/policy';
import type { InboundMessage, InboundReferral, WebhookEvent } from '@salesbot/whatsapp';
import { findTriggeredFlow } from '../bot/findTriggeredFlow.ts';
import { startBotSession, stepBotSession } from '../bot/runSession.ts';
import type { Scope } from '../bot/scope.ts';
import { findBroadcastReplyFlow, noteBroadcastReply } from '../broadcasts/broadcastReplies.ts';
import { applyInboxRules } from '../inbox/applyInboxRules.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { upsertContactForInbound } from '../store/contacts.ts';
import { createConversation, saveConversation, upsertConversation } from '../store/conversations.ts';
import { insertInboundMessage } from '../store/messages.ts';
import { getActiveSession } from '../store/sessions.ts';

export type MessageEvent = Extract<WebhookEvent, { kind: 'message' }>;

export interface InboundOutcome {
  kind: 'message';
  wamid: string;
  /** The wamid was already stored: nothing changed. */
  duplicate: boolean;
  conversationId: string;
  contactId: string;
  /** The session that handled the message (started or stepped), if the bot ran. */
  sessionId: string | null;
  /** Outbox ids of the sends this message caused, in order. */
  queued: string[];
}

/** Content types that never start or advance a bot: they carry nothing a step could answer. */
const NOT_FOR_BOTS = new Set(['reaction', 'system']);

/**
 * Applies one inbound message inside the caller's transaction: dedup by wamid, contact and conversation upsert,
 * window facts, then the bot — the active session takes the message, else a published flow whose trigger matches
 * starts (pinned to its published version), unless a human paused the bot.
 */
export function applyInboundMessage(services: Services, channel: Channel, event: MessageEvent): InboundOutcome {
  const { db } = services;
  const now = services.clock.now();
  const { message } = event;
  const workspaceId = channel.workspaceId;
  const {
    contact,
    isNew: isNewContact,
    created,
  } = upsertContactForInbound(db, {
    workspaceId,
    waId: event.contact.waId || message.from,
    name: event.contact.name,
    at: message.timestamp,
    now,
  });
  // A contact created just now has no conversation, lead or session: skip looking for them.
  const conversation = created
    ? createConversation(db, workspaceId, channel.id, contact.id, now)
    : upsertConversation(db, workspaceId, channel.id, contact.id, now);
  const outcome: InboundOutcome = {
    kind: 'message',
    wamid: message.id,
    duplicate: false,
    conversationId: conversation.id,
    contactId: contact.id,
    sessionId: null,
    queued: [],
  };

  const messageId = insertInboundMessage(db, {
    workspaceId,
    conversationId: conversation.id,
    wamid: message.id,
    type: message.content.type,
    content: storedContent(message),
    sentAt: message.timestamp,
    now,
  });
  if (messageId === null) return { ...outcome, duplicate: true };

  conversation.facts = applyConversationEvent(conversation.facts, {
    type: 'customerMessage',
    at: message.timestamp,
    ...(message.referral ? { referral: toPolicyReferral(message.referral) } : {}),
  });
  conversation.lastActivityAt = Math.max(conversation.lastActivityAt, now);
  conversation.lastEventAt = Math.max(conversation.lastEventAt, message.timestamp);
  conversation.unread += 1;
  services.bus.record(
    workspaceId,
    'message.in',
    {
      id: messageId,
      conversationId: conversation.id,
      contactId: contact.id,
      wamid: message.id,
      content: message.content,
    },
    now,
  );
  // A reply to a broadcast is counted on its recipient, and may start the flow waiting for such replies.
  // (A conversation created by this message has had no broadcast to reply to.)
  const reply = created ? null : noteBroadcastReply(services, conversation.id, message);

  // The inbox's rules come before any bot: a closed conversation reopens; an opt-out or opt-in keyword is answered
  // by the workspace, not a flow.
  if (
    applyInboxRules(
      services,
      { channel, conversation, contact, queued: outcome.queued },
      message,
      created ? { newConversation: true } : {},
    )
  ) {
    saveConversation(db, conversation);
    return outcome;
  }

  // A bot step saves the conversation with its own changes; without one, save it here.
  const botMayRun =
    !NOT_FOR_BOTS.has(message.content.type) &&
    (conversation.botPausedUntil === null || conversation.botPausedUntil <= now);
  const active = botMayRun && !created ? getActiveSession(db, conversation.id) : null;
  const replyStart =
    botMayRun && !active && reply
      ? findBroadcastReplyFlow(services.flows.publishedFlows(workspaceId), reply.broadcastId, message)
      : null;
  const match =
    botMayRun && !active && !replyStart
      ? findTriggeredFlow(services.flows.publishedFlows(workspaceId), { type: 'inbound', message }, { isNewContact })
      : null;
  const scope: Scope = { channel, conversation, contact, queued: outcome.queued, noLeads: created };
  if (active) {
    stepBotSession(services, scope, active, { type: 'inbound', message });
    outcome.sessionId = active.id;
  } else if (replyStart) {
    const { published, trigger, event: start } = replyStart;
    outcome.sessionId = startBotSession(services, scope, published, trigger, start).id;
  } else if (match) {
    outcome.sessionId = startBotSession(services, scope, match.published, match.trigger, {
      type: 'inbound',
      message,
    }).id;
  } else {
    saveConversation(db, conversation);
  }
  return outcome;
}

function storedContent(message: InboundMessage): unknown {
  return {
    ...message.content,
    ...(message.contextId ? { contextId: message.contextId } : {}),
    ...(message.referral ? { referral: message.referral } : {}),
  };
}

function toPolicyReferral(referral: InboundReferral): Referral {
  return {
    sourceType: referral.sourceType,
    ...(referral.sourceId ? { sourceId: referral.sourceId } : {}),
    ...(referral.sourceUrl ? { sourceUrl: referral.sourceUrl } : {}),
    ...(referral.headline ? { headline: referral.headline } : {}),
    ...(referral.ctwaClid ? { ctwaClid: referral.ctwaClid } : {}),
  };
}
