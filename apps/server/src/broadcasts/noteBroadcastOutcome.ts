import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { parseBroadcastOutboxId } from './outboxIds.ts';

/** What happened to a send, as the outbox and the status webhooks learn it. */
export type SendOutcome = 'sent' | 'delivered' | 'read' | 'failed';

/**
 * Records on its broadcast recipient (inside the caller's transaction) what happened to an outbox send: accepted,
 * delivered, read, or failed with WhatsApp's code. Does nothing for sends that are not a broadcast's. States only
 * move forward (a late `delivered` never undoes `read`; a failure after delivery keeps the delivery), and each
 * time is the first one seen, for the results chart. The last recipient's outcome completes the broadcast.
 */
export function noteBroadcastOutcome(
  db: Db,
  outboxId: string | null | undefined,
  outcome: SendOutcome,
  at: number,
  error?: { code: number | null; message: string },
): void {
  const ids = parseBroadcastOutboxId(outboxId);
  if (!ids) return;
  // Each update skips a row that already shows it (the `sent` status webhook after the sender recorded the send,
  // repeats): no write, and no completion check for nothing.
  let changed = false;
  switch (outcome) {
    case 'sent':
      changed =
        stmt(
          db,
          `UPDATE broadcast_recipients SET state = CASE WHEN state = 'queued' THEN 'sent' ELSE state END,
             sent_at = coalesce(sent_at, ?) WHERE outbox_id = ? AND (state = 'queued' OR sent_at IS NULL)`,
        ).run(at, outboxId).changes > 0;
      break;
    case 'delivered':
      changed =
        stmt(
          db,
          `UPDATE broadcast_recipients SET state = CASE WHEN state IN ('queued', 'sent') THEN 'delivered' ELSE state END,
             sent_at = coalesce(sent_at, ?), delivered_at = ? WHERE outbox_id = ? AND delivered_at IS NULL`,
        ).run(at, at, outboxId).changes > 0;
      break;
    case 'read':
      // "read" may come without "delivered": reading implies both.
      changed =
        stmt(
          db,
          `UPDATE broadcast_recipients SET
             state = CASE WHEN state IN ('queued', 'sent', 'delivered') THEN 'read' ELSE state END,
             sent_at = coalesce(sent_at, ?), delivered_at = coalesce(delivered_at, ?), read_at = ?
           WHERE outbox_id = ? AND read_at IS NULL`,
        ).run(at, at, at, outboxId).changes > 0;
      break;
    case 'failed':
      changed =
        stmt(
          db,
          `UPDATE broadcast_recipients SET
             failed_at = CASE WHEN state IN ('queued', 'sent') THEN coalesce(failed_at, ?) ELSE failed_at END,
             state = CASE WHEN state IN ('queued', 'sent') THEN 'failed' ELSE state END,
             error_code = ?, error_message = ? WHERE outbox_id = ?`,
        ).run(at, error?.code ?? null, error?.message ?? 'failed', outboxId).changes > 0;
      break;
  }
  if (!changed) return;
  // Fully planned, nothing pending or queued: done (the runner would see it on its next pass too).
  stmt(
    db,
    `UPDATE broadcasts SET status = 'completed', completed_at = ?, waiting_until = NULL, updated_at = ?
     WHERE id = ? AND status = 'sending' AND planned_at IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM broadcast_recipients INDEXED BY broadcast_recipients_todo
                       WHERE broadcast_id = ? AND state IN ('pending', 'queued'))`,
  ).run(at, at, ids.broadcastId, ids.broadcastId);
}
