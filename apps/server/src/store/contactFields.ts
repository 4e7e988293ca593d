import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** The workspace's custom contact field names. */
export function contactFieldNames(db: Db, workspaceId: string): string[] {
  return stmt(db, 'SELECT name FROM contact_fields WHERE workspace_id = ? ORDER BY name')
    .pluck()
    .all(workspaceId) as string[];
}

export function listContactFields(db: Db, workspaceId: string): { name: string; label: string | null }[] {
  return stmt(db, 'SELECT name, label FROM contact_fields WHERE workspace_id = ? ORDER BY name').all(workspaceId) as {
    name: string;
    label: string | null;
  }[];
}

/** Declares fields (existing ones are kept as they are). */
export function declareContactFields(
  db: Db,
  workspaceId: string,
  names: readonly string[],
  now: number,
  label?: string,
): void {
  for (const name of names) {
    stmt(
      db,
      'INSERT INTO contact_fields (workspace_id, name, label, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(workspaceId, name, label ?? null, now);
  }
}

export function deleteContactField(db: Db, workspaceId: string, name: string): boolean {
  return stmt(db, 'DELETE FROM contact_fields WHERE workspace_id = ? AND name = ?').run(workspaceId, name).changes > 0;
}
