import type { StartEvent, Trigger } from '@salesbot/engine';
import { matchTrigger } from '@salesbot/engine';
import type { InboundMessage } from '@salesbot/whatsapp';
import type { PublishedFlow } from '../bot/flowCache.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { parseBroadcastOutboxId } from './outboxIds.ts';

/** A customer message counts as a reply to the broadcast last sent to them within this time. */
export const REPLY_WINDOW_MS = 7 * 24 * 60 * 60_000;

/** Content that is not an answer (a reaction, a system notice). */
const NOT_REPLIES = new Set(['reaction', 'system']);

/**
 * Whether an inbound message (just stored, inside the caller's transaction) answers a broadcast: it quotes a
 * broadcast's message (a quick-reply tap always does), or the conversation's last outbound message is a broadcast
 * sent within seven days. The recipient's row records the first reply and the first quick-reply payload (the
 * results count them). Returns the broadcast, or null.
 */
export function noteBroadcastReply(
  services: Services,
  conversationId: string,
  message: InboundMessage,
): { broadcastId: string } | null {
  if (NOT_REPLIES.has(message.content.type)) return null;
  const { db } = services;
  const now = services.clock.now();
  let outboxId: string | null = null;
  if (message.contextId) {
    outboxId = (stmt(db, 'SELECT outbox_id FROM messages WHERE wamid = ?').pluck().get(message.contextId) ?? null) as
      | string
      | null;
  }
  if (!parseBroadcastOutboxId(outboxId)) {
    const last = stmt(
      db,
      `SELECT outbox_id, sender, sent_at FROM messages WHERE conversation_id = ? AND direction = 'out'
       ORDER BY id DESC LIMIT 1`,
    ).get(conversationId) as { outbox_id: string | null; sender: string; sent_at: number } | undefined;
    outboxId = last?.sender === 'broadcast' && now - last.sent_at <= REPLY_WINDOW_MS ? last.outbox_id : null;
  }
  const ids = parseBroadcastOutboxId(outboxId);
  if (!ids) return null;
  const payload = message.content.type === 'quickReply' ? message.content.payload : null;
  stmt(
    db,
    `UPDATE broadcast_recipients SET replied_at = coalesce(replied_at, ?), quick_reply = coalesce(quick_reply, ?)
     WHERE broadcast_id = ? AND seq = ?`,
  ).run(now, payload, ids.broadcastId, ids.seq);
  return { broadcastId: ids.broadcastId };
}

/**
 * The published flow a broadcast reply starts: among the `broadcastReply` triggers that match (the broadcast, the
 * quick-reply payload, each when set), the most specific — broadcast and payload, then payload, then broadcast,
 * then any reply; between equals, the older flow. Null when none matches.
 */
export function findBroadcastReplyFlow(
  flows: readonly PublishedFlow[],
  broadcastId: string,
  message: InboundMessage,
): { published: PublishedFlow; trigger: Trigger; event: StartEvent } | null {
  const event: StartEvent = { type: 'broadcastReply', broadcastId, message };
  let best: { published: PublishedFlow; trigger: Trigger; score: number } | null = null;
  for (const published of flows) {
    const { graph } = published.flow;
    for (const trigger of graph.triggers) {
      if (trigger.type !== 'broadcastReply') continue;
      if (!matchTrigger({ ...graph, triggers: [trigger] }, event, { isNewContact: false })) continue;
      const score = (trigger.buttonPayload !== undefined ? 2 : 0) + (trigger.broadcastId !== undefined ? 1 : 0);
      if (!best || score > best.score) best = { published, trigger, score };
    }
  }
  return best && { published: best.published, trigger: best.trigger, event };
}
