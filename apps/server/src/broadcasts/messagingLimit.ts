import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** Meta's messaging-limit tiers: unique contacts reached outside their window in a moving 24 h (null: unlimited). */
export const MESSAGING_TIERS = [250, 2000, 10_000, 100_000, null] as const;
export type MessagingTier = (typeof MESSAGING_TIERS)[number];

/** New businesses start on the lowest tier; a workspace says which one Meta gave it. */
export const DEFAULT_MESSAGING_TIER: MessagingTier = 250;

export const DAY_MS = 24 * 60 * 60_000;

const key = (workspaceId: string) => `broadcasts.messagingLimit:${workspaceId}`;

/** The workspace's messaging limit (null: unlimited). */
export function getMessagingLimit(db: Db, workspaceId: string): MessagingTier {
  const value = stmt(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(key(workspaceId)) as
    | string
    | undefined;
  if (value === undefined) return DEFAULT_MESSAGING_TIER;
  return value === 'unlimited' ? null : (Number(value) as MessagingTier);
}

export function setMessagingLimit(db: Db, workspaceId: string, tier: MessagingTier): void {
  stmt(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key(workspaceId), tier === null ? 'unlimited' : String(tier));
}

/** Unique contacts reached outside their window in the 24 hours before `now`. */
export function reachedLast24h(db: Db, workspaceId: string, now: number): number {
  return Number(
    stmt(db, 'SELECT count(*) FROM broadcast_reach WHERE workspace_id = ? AND reached_at > ?')
      .pluck()
      .get(workspaceId, now - DAY_MS),
  );
}

/** Whether this contact already counts in the last 24 hours (a second message to them costs no new slot). */
export function alreadyReached(db: Db, workspaceId: string, waId: string, now: number): boolean {
  return (
    stmt(db, 'SELECT 1 FROM broadcast_reach WHERE workspace_id = ? AND wa_id = ? AND reached_at > ?').get(
      workspaceId,
      waId,
      now - DAY_MS,
    ) !== undefined
  );
}

/** Records a business-initiated message to a contact outside their window. */
export function recordReach(db: Db, workspaceId: string, waId: string, now: number): void {
  stmt(
    db,
    `INSERT INTO broadcast_reach (workspace_id, wa_id, reached_at) VALUES (?, ?, ?)
     ON CONFLICT (workspace_id, wa_id) DO UPDATE SET reached_at = excluded.reached_at`,
  ).run(workspaceId, waId, now);
}

/** When the oldest reach of the last 24 hours leaves the window (a slot frees), or null when none counts. */
export function nextSlotFreesAt(db: Db, workspaceId: string, now: number): number | null {
  const oldest = stmt(db, 'SELECT min(reached_at) FROM broadcast_reach WHERE workspace_id = ? AND reached_at > ?')
    .pluck()
    .get(workspaceId, now - DAY_MS);
  return typeof oldest === 'number' ? oldest + DAY_MS : null;
}
