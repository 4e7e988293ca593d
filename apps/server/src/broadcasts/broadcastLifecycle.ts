import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { saveBroadcast } from './broadcastStore.ts';
import type { Broadcast, BroadcastEstimate } from './types.ts';

/** Starts sending now (inside the caller's transaction), keeping the plan shown to the marketer. */
export function startSending(services: Services, broadcast: Broadcast, plan: BroadcastEstimate | null): void {
  const now = services.clock.now();
  broadcast.status = 'sending';
  broadcast.statusReason = null;
  broadcast.startedAt ??= now;
  if (plan) broadcast.plan = plan;
  broadcast.updatedAt = now;
  saveBroadcast(services.db, broadcast);
}

/** Schedules the broadcast for `at` (UTC), chosen in `timeZone`. */
export function scheduleSending(
  services: Services,
  broadcast: Broadcast,
  at: number,
  timeZone: string,
  plan: BroadcastEstimate | null,
): void {
  broadcast.status = 'scheduled';
  broadcast.statusReason = null;
  broadcast.scheduledAt = at;
  broadcast.timeZone = timeZone;
  if (plan) broadcast.plan = plan;
  broadcast.updatedAt = services.clock.now();
  saveBroadcast(services.db, broadcast);
}

/**
 * Pauses sending: nothing more is handed to the outbox, and the recipients queued but not yet picked up by the
 * sender are taken back (their outbox and message rows removed, the recipients pending again), so a pause stops
 * at once. Sends already in flight finish. `reason` says why when the system pauses it.
 */
export function pauseSending(services: Services, broadcast: Broadcast, reason: string | null = null): void {
  withdrawQueued(services, broadcast.id, 'pending');
  broadcast.status = 'paused';
  broadcast.statusReason = reason;
  broadcast.waitingUntil = null;
  broadcast.updatedAt = services.clock.now();
  saveBroadcast(services.db, broadcast);
}

/** Resumes a paused broadcast: sending again, or scheduled again when it was paused before its time came. */
export function resumeSending(services: Services, broadcast: Broadcast): void {
  const now = services.clock.now();
  broadcast.status = broadcast.startedAt === null && (broadcast.scheduledAt ?? 0) > now ? 'scheduled' : 'sending';
  if (broadcast.status === 'sending') broadcast.startedAt ??= now;
  broadcast.statusReason = null;
  broadcast.updatedAt = now;
  saveBroadcast(services.db, broadcast);
}

/** Cancels: queued sends taken back, every recipient not yet sent marked cancelled. Sends in flight finish. */
export function cancelSending(services: Services, broadcast: Broadcast): void {
  const now = services.clock.now();
  withdrawQueued(services, broadcast.id, 'cancelled');
  stmt(
    services.db,
    "UPDATE broadcast_recipients SET state = 'cancelled' WHERE broadcast_id = ? AND state = 'pending'",
  ).run(broadcast.id);
  broadcast.status = 'cancelled';
  broadcast.waitingUntil = null;
  broadcast.completedAt = now;
  broadcast.updatedAt = now;
  saveBroadcast(services.db, broadcast);
}

/** Marks the broadcast completed when it is fully planned and nothing is left to send or waiting for an answer. */
export function completeIfDone(services: Services, broadcast: Broadcast): boolean {
  if (broadcast.plannedAt === null || broadcast.status !== 'sending') return false;
  const open = stmt(
    services.db,
    `SELECT 1 FROM broadcast_recipients INDEXED BY broadcast_recipients_todo
     WHERE broadcast_id = ? AND state IN ('pending', 'queued') LIMIT 1`,
  ).get(broadcast.id);
  if (open) return false;
  const now = services.clock.now();
  broadcast.status = 'completed';
  broadcast.waitingUntil = null;
  broadcast.completedAt = now;
  broadcast.updatedAt = now;
  saveBroadcast(services.db, broadcast);
  return true;
}

/** Takes back the recipients queued in the outbox that the sender has not picked up yet. */
function withdrawQueued(services: Services, broadcastId: string, to: 'pending' | 'cancelled'): number {
  const { db } = services;
  const rows = stmt(
    db,
    `SELECT r.seq, r.outbox_id FROM broadcast_recipients r INDEXED BY broadcast_recipients_todo
       JOIN outbox o ON o.id = r.outbox_id
     WHERE r.broadcast_id = ? AND r.state = 'queued' AND o.state = 'queued'`,
  ).all(broadcastId) as { seq: number; outbox_id: string }[];
  for (const row of rows) {
    stmt(db, 'DELETE FROM messages WHERE outbox_id = ?').run(row.outbox_id);
    stmt(db, "DELETE FROM outbox WHERE id = ? AND state = 'queued'").run(row.outbox_id);
    stmt(
      db,
      `UPDATE broadcast_recipients SET state = ?, outbox_id = NULL, queued_at = NULL WHERE broadcast_id = ? AND seq = ?`,
    ).run(to, broadcastId, row.seq);
  }
  return rows.length;
}
