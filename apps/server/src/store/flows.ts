import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

export interface FlowRecord {
  id: string;
  name: string;
  description: string | null;
  draft: unknown;
  publishedVersion: number | null;
  errorCount: number;
  warningCount: number;
  createdAt: number;
  updatedAt: number;
}

interface FlowRow {
  id: string;
  name: string;
  description: string | null;
  draft: string;
  published_version: number | null;
  error_count: number;
  warning_count: number;
  created_at: number;
  updated_at: number;
}

function toFlow(row: FlowRow): FlowRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    draft: JSON.parse(row.draft),
    publishedVersion: row.published_version,
    errorCount: row.error_count,
    warningCount: row.warning_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listFlows(db: Db, workspaceId: string): FlowRecord[] {
  return (
    stmt(db, 'SELECT * FROM flows WHERE workspace_id = ? AND deleted_at IS NULL ORDER BY created_at, id').all(
      workspaceId,
    ) as FlowRow[]
  ).map(toFlow);
}

export function getFlow(db: Db, workspaceId: string, id: string): FlowRecord | null {
  const row = stmt(db, 'SELECT * FROM flows WHERE workspace_id = ? AND id = ? AND deleted_at IS NULL').get(
    workspaceId,
    id,
  ) as FlowRow | undefined;
  return row ? toFlow(row) : null;
}

export function flowIds(db: Db, workspaceId: string): string[] {
  return stmt(db, 'SELECT id FROM flows WHERE workspace_id = ? AND deleted_at IS NULL')
    .pluck()
    .all(workspaceId) as string[];
}

export interface Counts {
  errors: number;
  warnings: number;
}

/** A flow's editable part as the editor saves it, with its validation counts. */
export interface DraftInput {
  workspaceId: string;
  id: string;
  name: string;
  description: string | null;
  draft: unknown;
  counts: Counts;
  now: number;
}

/**
 * Creates a flow; false when a live flow has that id. A deleted flow's id can be taken again: the row comes back
 * with the new draft and its version numbers continue, so old sessions keep their versions.
 */
export function insertFlow(db: Db, input: DraftInput): boolean {
  const existing = stmt(db, 'SELECT deleted_at FROM flows WHERE workspace_id = ? AND id = ?').get(
    input.workspaceId,
    input.id,
  ) as { deleted_at: number | null } | undefined;
  if (existing && existing.deleted_at === null) return false;
  if (existing) {
    stmt(
      db,
      `UPDATE flows SET name = ?, description = ?, draft = ?, published_version = NULL, error_count = ?, warning_count = ?,
         created_at = ?, updated_at = ?, deleted_at = NULL WHERE workspace_id = ? AND id = ?`,
    ).run(
      input.name,
      input.description,
      JSON.stringify(input.draft),
      input.counts.errors,
      input.counts.warnings,
      input.now,
      input.now,
      input.workspaceId,
      input.id,
    );
    return true;
  }
  stmt(
    db,
    `INSERT INTO flows (workspace_id, id, name, description, draft, error_count, warning_count, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.workspaceId,
    input.id,
    input.name,
    input.description,
    JSON.stringify(input.draft),
    input.counts.errors,
    input.counts.warnings,
    input.now,
    input.now,
  );
  return true;
}

export function saveDraft(db: Db, input: DraftInput): void {
  stmt(
    db,
    `UPDATE flows SET name = ?, description = ?, draft = ?, error_count = ?, warning_count = ?, updated_at = ?
     WHERE workspace_id = ? AND id = ?`,
  ).run(
    input.name,
    input.description,
    JSON.stringify(input.draft),
    input.counts.errors,
    input.counts.warnings,
    input.now,
    input.workspaceId,
    input.id,
  );
}

export function softDeleteFlow(db: Db, workspaceId: string, id: string, now: number): void {
  stmt(db, 'UPDATE flows SET deleted_at = ?, published_version = NULL WHERE workspace_id = ? AND id = ?').run(
    now,
    workspaceId,
    id,
  );
}

/** Stores a new immutable version and makes it the published one. Returns its number. */
export function publishVersion(db: Db, workspaceId: string, id: string, graph: unknown, now: number): number {
  const version =
    Number(
      stmt(db, 'SELECT coalesce(max(version), 0) FROM flow_versions WHERE workspace_id = ? AND flow_id = ?')
        .pluck()
        .get(workspaceId, id),
    ) + 1;
  stmt(
    db,
    'INSERT INTO flow_versions (workspace_id, flow_id, version, graph, published_at) VALUES (?, ?, ?, ?, ?)',
  ).run(workspaceId, id, version, JSON.stringify(graph), now);
  stmt(db, 'UPDATE flows SET published_version = ? WHERE workspace_id = ? AND id = ?').run(version, workspaceId, id);
  return version;
}

export function listVersions(
  db: Db,
  workspaceId: string,
  id: string,
): { version: number; publishedAt: number; graph: unknown }[] {
  const rows = stmt(
    db,
    'SELECT version, published_at, graph FROM flow_versions WHERE workspace_id = ? AND flow_id = ? ORDER BY version DESC',
  ).all(workspaceId, id) as { version: number; published_at: number; graph: string }[];
  return rows.map((row) => ({ version: row.version, publishedAt: row.published_at, graph: JSON.parse(row.graph) }));
}

/** One published version of a flow, or null. */
export function getVersion(
  db: Db,
  workspaceId: string,
  id: string,
  version: number,
): { version: number; publishedAt: number; graph: unknown } | null {
  const row = stmt(
    db,
    'SELECT version, published_at, graph FROM flow_versions WHERE workspace_id = ? AND flow_id = ? AND version = ?',
  ).get(workspaceId, id, version) as { version: number; published_at: number; graph: string } | undefined;
  return row ? { version: row.version, publishedAt: row.published_at, graph: JSON.parse(row.graph) } : null;
}
