import { applyConversationEvent, type ConversationFacts, EMPTY_FACTS, type TemplateStatus } from '@salesbot/policy';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { createConversation } from '../store/conversations.ts';
import { readJson } from '../store/json.ts';
import { insertOutboundMessage } from '../store/messages.ts';
import { enqueueSend } from '../store/outbox.ts';
import { classifyRecipient } from './classifyRecipient.ts';
import { alreadyReached, getMessagingLimit, reachedLast24h, recordReach } from './messagingLimit.ts';
import { broadcastOutboxId } from './outboxIds.ts';
import { renderForContact } from './renderForContact.ts';
import type { Broadcast } from './types.ts';

export interface FeedResult {
  /** Recipients handed to the outbox. */
  queued: number;
  /** Recipients that turned out excluded when their turn came (consent changed since planning…). */
  excluded: number;
  /** Recipients outside their window held back because the messaging limit is used up. */
  heldByLimit: number;
}

/** A pending recipient with its contact (null when deleted since) and its conversation on the channel. */
interface PendingRow {
  seq: number;
  lane: number;
  contact_id: string;
  wa_id: string | null;
  name: string | null;
  fields: string | null;
  opt_in: 'optedIn' | 'optedOut' | 'unknown' | null;
  marketing_opt_out: number | null;
  conversation_id: string | null;
  facts: string | null;
}

/**
 * Hands up to `room` pending recipients to the outbox, inside the caller's transaction, in seq order: first those
 * planned inside their 24-hour window (lane 0), then the others while the messaging limit has room. Each is checked
 * again with its contact and window as they are now (an opt-out since planning excludes it), rendered, and queued as
 * one outbox row whose id — `bcast:<broadcast>:<seq>` — is the idempotency key, with its outbound message row; the
 * recipient row moves to `queued` in the same transaction, so a crash never loses or doubles one.
 */
export function feedOutbox(
  services: Services,
  broadcast: Broadcast,
  channel: Channel,
  templateStatus: TemplateStatus,
  room: number,
): FeedResult {
  const { db } = services;
  const now = services.clock.now();
  const result: FeedResult = { queued: 0, excluded: 0, heldByLimit: 0 };
  if (room <= 0) return result;
  const limit = getMessagingLimit(db, broadcast.workspaceId);
  let slots = limit === null ? Number.POSITIVE_INFINITY : limit - reachedLast24h(db, broadcast.workspaceId, now);
  const context = {
    message: broadcast.message,
    template: { ...broadcast.template, status: templateStatus },
    businessVerified: channel.businessVerified,
    now,
  };
  // One query for the page: the recipients (by the index that goes straight to the pending ones; the primary key
  // would walk past every sent row), their contacts as they are now, and their conversations on the channel.
  const page = stmt(
    db,
    `SELECT r.seq, r.lane, r.contact_id, c.wa_id, c.name, c.fields, c.opt_in, c.marketing_opt_out,
       cv.id AS conversation_id, cv.facts
     FROM broadcast_recipients r INDEXED BY broadcast_recipients_todo
       LEFT JOIN contacts c ON c.id = r.contact_id
       LEFT JOIN conversations cv ON cv.channel_id = ? AND cv.contact_id = r.contact_id
     WHERE r.broadcast_id = ? AND r.state = 'pending' AND r.lane = ? ORDER BY r.seq LIMIT ?`,
  );
  const select = (lane: number, limit: number) => page.all(channel.id, broadcast.id, lane, limit) as PendingRow[];
  for (const lane of [0, 1]) {
    if (room <= 0) break;
    if (lane === 1 && slots <= 0) {
      // The limit is used up: those planned outside their window wait until slots free.
      result.heldByLimit += select(1, 1).length;
      break;
    }
    const rows = select(lane, room);
    for (const row of rows) {
      if (room <= 0) break;
      const outcome = feedOne(services, broadcast, channel, context, row, slots > 0, now);
      if (outcome === 'queued' || outcome === 'queuedWithSlot') {
        result.queued++;
        room--;
        if (outcome === 'queuedWithSlot') slots--;
      } else if (outcome === 'excluded') result.excluded++;
      else result.heldByLimit++;
    }
  }
  return result;
}

type FeedOutcome = 'queued' | 'queuedWithSlot' | 'excluded' | 'held';

function feedOne(
  services: Services,
  broadcast: Broadcast,
  channel: Channel,
  context: Parameters<typeof classifyRecipient>[2],
  row: PendingRow,
  haveSlot: boolean,
  now: number,
): FeedOutcome {
  const { db } = services;
  if (row.wa_id === null) {
    exclude(services, broadcast.id, row.seq, 'refused', 'The contact was deleted before their turn came.');
    return 'excluded';
  }
  const contact = {
    id: row.contact_id,
    waId: row.wa_id,
    name: row.name,
    fields: readJson<Record<string, string>>(row.fields, {}),
    optIn: row.opt_in ?? 'unknown',
    marketingOptOut: row.marketing_opt_out === 1,
  };
  const facts = readJson<ConversationFacts>(row.facts, EMPTY_FACTS);
  const decision = classifyRecipient(contact, facts, context);
  if (!decision.send) {
    exclude(services, broadcast.id, row.seq, decision.reason, decision.text);
    return 'excluded';
  }
  let usesSlot = false;
  if (!decision.insideWindow && !alreadyReached(db, broadcast.workspaceId, contact.waId, now)) {
    if (!haveSlot) {
      // Its window closed since planning: from now on it waits with those needing the limit.
      if (row.lane === 0) {
        stmt(db, 'UPDATE broadcast_recipients SET lane = 1 WHERE broadcast_id = ? AND seq = ?').run(
          broadcast.id,
          row.seq,
        );
      }
      return 'held';
    }
    usesSlot = true;
  }
  if (!decision.insideWindow) recordReach(db, broadcast.workspaceId, contact.waId, now);

  const conversationId =
    row.conversation_id ?? createConversation(db, broadcast.workspaceId, channel.id, contact.id, now).id;
  const { message, display } = renderForContact(broadcast.message, contact, broadcast.id);
  const outboxId = broadcastOutboxId(broadcast.id, row.seq);
  enqueueSend(db, {
    id: outboxId,
    workspaceId: broadcast.workspaceId,
    channelId: channel.id,
    conversationId,
    sessionId: null,
    toWaId: contact.waId,
    payload: { message, ...(broadcast.sendMode === 'marketingLite' ? { endpoint: 'marketing_messages' } : {}) },
    now,
  });
  const messageId = insertOutboundMessage(db, {
    workspaceId: broadcast.workspaceId,
    conversationId,
    sender: 'broadcast',
    type: message.type,
    content: { message, display, reason: decision.reason, broadcastId: broadcast.id, broadcastName: broadcast.name },
    outboxId,
    status: 'queued',
    price: decision.price,
    now,
  });
  const nextFacts = applyConversationEvent(facts, { type: 'businessMessage', at: now });
  stmt(db, 'UPDATE conversations SET facts = ?, last_activity_at = max(last_activity_at, ?) WHERE id = ?').run(
    JSON.stringify(nextFacts),
    now,
    conversationId,
  );
  stmt(
    db,
    `UPDATE broadcast_recipients SET state = 'queued', outbox_id = ?, price = ?, queued_at = ?
     WHERE broadcast_id = ? AND seq = ?`,
  ).run(outboxId, decision.price, now, broadcast.id, row.seq);
  services.bus.record(
    broadcast.workspaceId,
    'message.out',
    {
      id: messageId,
      conversationId,
      sender: 'broadcast',
      broadcastId: broadcast.id,
      message,
      price: decision.price,
    },
    now,
  );
  return usesSlot ? 'queuedWithSlot' : 'queued';
}

function exclude(services: Services, broadcastId: string, seq: number, reason: string, text: string): void {
  stmt(
    services.db,
    `UPDATE broadcast_recipients SET state = 'excluded', reason = ?, reason_text = ? WHERE broadcast_id = ? AND seq = ?`,
  ).run(reason, text, broadcastId, seq);
}
