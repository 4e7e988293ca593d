import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Contact } from '../store/contacts.ts';
import { upsertConversation } from '../store/conversations.ts';
import { getActiveSession } from '../store/sessions.ts';
import { findTriggeredFlow } from './findTriggeredFlow.ts';
import { startBotSession, stepBotSession } from './runSession.ts';

/**
 * A lead moved to a stage (through the API): the contact's running session hears `stageChanged`, or else a
 * published flow triggered by that stage starts, in the contact's most recent conversation (or a new one on the
 * workspace's first channel). Call inside a transaction, only when the stage really changed — so it runs once.
 * Returns the session that handled it.
 */
export function onStageChanged(services: Services, contact: Contact, pipeline: string, stage: string): string | null {
  const { db } = services;
  const now = services.clock.now();
  const conversationId = stmt(
    db,
    'SELECT id FROM conversations WHERE contact_id = ? ORDER BY last_activity_at DESC LIMIT 1',
  )
    .pluck()
    .get(contact.id) as string | undefined;
  const channel = conversationId
    ? services.channels.get(
        stmt(db, 'SELECT channel_id FROM conversations WHERE id = ?').pluck().get(conversationId) as string,
      )
    : (services.channels.list(contact.workspaceId)[0] ?? null);
  if (!channel) return null;
  const conversation = upsertConversation(db, contact.workspaceId, channel.id, contact.id, now);
  if (conversation.botPausedUntil !== null && conversation.botPausedUntil > now) return null;
  const scope = { channel, conversation, contact };
  const event = { type: 'stageChanged' as const, pipeline, stage };
  const active = getActiveSession(db, conversation.id);
  if (active) {
    stepBotSession(services, scope, active, event);
    return active.id;
  }
  const match = findTriggeredFlow(services.flows.publishedFlows(contact.workspaceId), event, {
    isNewContact: contact.firstInboundAt === null,
  });
  return match ? startBotSession(services, scope, match.published, match.trigger, event).id : null;
}
