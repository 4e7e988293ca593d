import type { StatusUpdate } from '@salesbot/whatsapp';
import { noteBroadcastOutcome } from '../broadcasts/noteBroadcastOutcome.ts';
import { stmt } from '../db/stmt.ts';
import { recordSendFailure } from '../outbox/recordSendFailure.ts';
import type { Services } from '../services.ts';
import { nextStatus } from '../status/nextStatus.ts';
import type { MessageStatus } from '../store/messages.ts';

export interface StatusOutcome {
  kind: 'status';
  wamid: string;
  status: string;
  /** Already applied: (wamid, status) was seen before. */
  duplicate: boolean;
  /** No message of ours has that wamid (or callback data). */
  unknown: boolean;
  /** What the message's status is now. */
  current: MessageStatus | null;
}

interface MessageRow {
  id: number;
  workspace_id: string;
  conversation_id: string;
  outbox_id: string | null;
  status: MessageStatus;
  wamid: string | null;
}

/**
 * Applies a delivery status inside the caller's transaction. Deduplicated by (wamid, status); finds the message by
 * wamid, else by the echoed `biz_opaque_callback_data` (our outbox id: how a send that was in flight during a crash
 * is recognised as sent). Statuses only move forward (`nextStatus`); a `failed` one is recorded as a send failure.
 */
export function applyStatus(services: Services, status: StatusUpdate): StatusOutcome {
  const { db } = services;
  const now = services.clock.now();
  const outcome: StatusOutcome = {
    kind: 'status',
    wamid: status.id,
    status: status.status,
    duplicate: false,
    unknown: false,
    current: null,
  };
  let message = stmt(
    db,
    'SELECT id, workspace_id, conversation_id, outbox_id, status, wamid FROM messages WHERE wamid = ?',
  ).get(status.id) as MessageRow | undefined;
  if (!message && status.callbackData) {
    message = stmt(
      db,
      'SELECT id, workspace_id, conversation_id, outbox_id, status, wamid FROM messages WHERE outbox_id = ?',
    ).get(status.callbackData) as MessageRow | undefined;
  }
  // Not ours (or not yet known): acknowledged without a dedup row, so a later delivery can still apply.
  if (!message) return { ...outcome, unknown: true };
  const fresh = stmt(
    db,
    'INSERT INTO status_dedup (wamid, status, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(status.id, status.status, now);
  if (fresh.changes === 0) return { ...outcome, duplicate: true };
  if (!message.wamid) stmt(db, 'UPDATE messages SET wamid = ? WHERE id = ?').run(status.id, message.id);

  // Any status proves WhatsApp accepted the send: a row still marked in flight is done, never to be resent (a
  // `failed` one is settled as a failure below).
  if (message.outbox_id && status.status !== 'failed') {
    stmt(
      db,
      `UPDATE outbox SET state = 'sent', wamid = coalesce(wamid, ?), updated_at = ?
       WHERE id = ? AND state IN ('sending', 'queued')`,
    ).run(status.id, now, message.outbox_id);
  }

  if (status.status === 'failed') {
    const error = status.errors?.[0];
    if (message.outbox_id && nextStatus(message.status, 'failed') === 'failed') {
      recordSendFailure(services, {
        outboxId: message.outbox_id,
        code: error?.code ?? null,
        message: error?.message ?? error?.title ?? 'failed',
      });
      return { ...outcome, current: 'failed' };
    }
    // Failed after delivered (or a message without an outbox row): keep the status, record the error.
    stmt(db, 'UPDATE messages SET error_code = ?, error_message = ? WHERE id = ?').run(
      error?.code ?? null,
      error?.message ?? error?.title ?? 'failed',
      message.id,
    );
    const current = nextStatus(message.status, 'failed') ?? message.status;
    if (current !== message.status)
      stmt(db, 'UPDATE messages SET status = ?, status_at = ? WHERE id = ?').run(current, now, message.id);
    return { ...outcome, current };
  }

  if (status.status !== 'played') noteBroadcastOutcome(db, message.outbox_id, status.status, now);
  const next = nextStatus(message.status, status.status);
  if (status.pricing)
    stmt(db, 'UPDATE messages SET pricing = ? WHERE id = ?').run(JSON.stringify(status.pricing), message.id);
  if (next) {
    stmt(db, 'UPDATE messages SET status = ?, status_at = ? WHERE id = ?').run(next, status.timestamp, message.id);
    services.bus.record(
      message.workspace_id,
      'message.status',
      { id: message.id, conversationId: message.conversation_id, status: next, wamid: status.id },
      now,
    );
  }
  return { ...outcome, current: next ?? message.status };
}
