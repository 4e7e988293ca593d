import { z } from 'zod';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

const keyword = z.string().trim().min(1).max(40);

/** A workspace's inbox rules, as stored (JSON) and as `PUT /api/inbox/settings` takes them (every field optional). */
export const inboxSettingsSchema = z.object({
  /** A customer message that is exactly one of these (case and accents ignored) opts the contact out. */
  optOutKeywords: z.array(keyword).max(50),
  /** …and one of these opts them back in. */
  optInKeywords: z.array(keyword).max(50),
  /** Sent back at once (inside the window the customer's message just opened). Empty: send nothing. */
  optOutConfirmation: z.string().max(1024),
  optInConfirmation: z.string().max(1024),
  /** How long an agent's message or a coexistence echo keeps the bot quiet; null: the server default. */
  humanReplyPauseMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 30)
    .nullable(),
});
export type InboxSettings = z.infer<typeof inboxSettingsSchema>;

/** What a workspace starts with: English and Spanish keywords, a confirmation in both. */
export const DEFAULT_INBOX_SETTINGS: InboxSettings = {
  optOutKeywords: ['STOP', 'UNSUBSCRIBE', 'BAJA', 'CANCELAR'],
  optInKeywords: ['START', 'SUBSCRIBE', 'ALTA'],
  optOutConfirmation:
    'You have been unsubscribed and will not get more messages from us. Reply START to subscribe again.\n\nTe has dado de baja y no recibirás más mensajes. Responde ALTA para volver a suscribirte.',
  optInConfirmation:
    'You are subscribed again. Reply STOP at any time to unsubscribe.\n\nVuelves a estar suscrito. Responde BAJA cuando quieras darte de baja.',
  humanReplyPauseMinutes: null,
};

/** The workspace's settings: the stored ones over the defaults (a field added later takes its default). */
export function getInboxSettings(db: Db, workspaceId: string): InboxSettings {
  const text = stmt(db, 'SELECT settings FROM inbox_settings WHERE workspace_id = ?').pluck().get(workspaceId) as
    | string
    | undefined;
  if (!text) return DEFAULT_INBOX_SETTINGS;
  const stored = inboxSettingsSchema.partial().safeParse(JSON.parse(text));
  return { ...DEFAULT_INBOX_SETTINGS, ...(stored.success ? stored.data : {}) };
}

/** Merges `changes` into the stored settings and returns the result. Call inside a transaction. */
export function saveInboxSettings(
  db: Db,
  workspaceId: string,
  changes: Partial<InboxSettings>,
  now: number,
): InboxSettings {
  const settings = { ...getInboxSettings(db, workspaceId), ...changes };
  stmt(
    db,
    `INSERT INTO inbox_settings (workspace_id, settings, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (workspace_id) DO UPDATE SET settings = excluded.settings, updated_at = excluded.updated_at`,
  ).run(workspaceId, JSON.stringify(settings), now);
  return settings;
}

/** How long a human reply pauses the bot in this workspace (its setting, else the server's default). */
export function humanReplyPauseMs(db: Db, workspaceId: string | undefined, defaultMs: number): number {
  if (!workspaceId) return defaultMs;
  const minutes = getInboxSettings(db, workspaceId).humanReplyPauseMinutes;
  return minutes === null ? defaultMs : minutes * 60_000;
}
