import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';

/** Stores a webhook payload the runtime does not act on (or could not route), for support and audits. */
export function logWebhook(
  services: Services,
  entry: { field: string; phoneNumberId?: string | null; wabaId?: string | null; note?: string; payload: unknown },
): void {
  stmt(
    services.db,
    'INSERT INTO webhook_log (received_at, field, phone_number_id, waba_id, note, payload) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    services.clock.now(),
    entry.field,
    entry.phoneNumberId ?? null,
    entry.wabaId ?? null,
    entry.note ?? null,
    JSON.stringify(entry.payload ?? null),
  );
}
