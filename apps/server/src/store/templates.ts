import type { TemplateInfo } from '@salesbot/graph';
import { newId } from '../db/ids.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from './json.ts';

export interface Template {
  id: string;
  name: string;
  language: string;
  /** UTILITY | MARKETING | AUTHENTICATION */
  category: string;
  kind: 'custom' | 'carousel' | 'flow';
  components: unknown[];
  /** APPROVED | PENDING | REJECTED | PAUSED | DISABLED | … */
  status: string;
  externalId: string | null;
  updatedAt: number;
}

interface TemplateRow {
  id: string;
  name: string;
  language: string;
  category: string;
  kind: Template['kind'];
  components: string;
  status: string;
  external_id: string | null;
  updated_at: number;
}

function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    category: row.category,
    kind: row.kind,
    components: readJson(row.components, []),
    status: row.status,
    externalId: row.external_id,
    updatedAt: row.updated_at,
  };
}

export function listTemplates(db: Db, workspaceId: string): Template[] {
  return (
    stmt(db, 'SELECT * FROM templates WHERE workspace_id = ? ORDER BY name, language').all(workspaceId) as TemplateRow[]
  ).map(toTemplate);
}

export function getTemplate(db: Db, workspaceId: string, id: string): Template | null {
  const row = stmt(db, 'SELECT * FROM templates WHERE workspace_id = ? AND id = ?').get(workspaceId, id) as
    | TemplateRow
    | undefined;
  return row ? toTemplate(row) : null;
}

/** What the validator checks template steps against. */
export function templateInfos(db: Db, workspaceId: string): TemplateInfo[] {
  return listTemplates(db, workspaceId).map(({ name, language, category, status }) => ({
    name,
    language,
    category,
    status,
  }));
}

/** Inserts or replaces the template with this name and language. Returns its id. */
export function upsertTemplate(
  db: Db,
  workspaceId: string,
  input: Omit<Template, 'id' | 'updatedAt' | 'externalId'> & { externalId?: string | null },
  now: number,
): string {
  const existing = stmt(db, 'SELECT id FROM templates WHERE workspace_id = ? AND name = ? AND language = ?')
    .pluck()
    .get(workspaceId, input.name, input.language) as string | undefined;
  const id = existing ?? newId('tp');
  stmt(
    db,
    `INSERT INTO templates (id, workspace_id, name, language, category, kind, components, status, external_id, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, name, language) DO UPDATE SET category = excluded.category, kind = excluded.kind,
       components = excluded.components, status = excluded.status,
       external_id = coalesce(excluded.external_id, templates.external_id), updated_at = excluded.updated_at`,
  ).run(
    id,
    workspaceId,
    input.name,
    input.language,
    input.category.toUpperCase(),
    input.kind,
    JSON.stringify(input.components),
    input.status.toUpperCase(),
    input.externalId ?? null,
    now,
  );
  return id;
}

export function updateTemplate(
  db: Db,
  workspaceId: string,
  id: string,
  patch: Partial<Pick<Template, 'category' | 'kind' | 'components' | 'status'>>,
  now: number,
): void {
  const current = getTemplate(db, workspaceId, id);
  if (!current) return;
  const next = { ...current, ...patch };
  stmt(
    db,
    'UPDATE templates SET category = ?, kind = ?, components = ?, status = ?, updated_at = ? WHERE workspace_id = ? AND id = ?',
  ).run(
    next.category.toUpperCase(),
    next.kind,
    JSON.stringify(next.components),
    next.status.toUpperCase(),
    now,
    workspaceId,
    id,
  );
}

export function deleteTemplate(db: Db, workspaceId: string, id: string): boolean {
  return stmt(db, 'DELETE FROM templates WHERE workspace_id = ? AND id = ?').run(workspaceId, id).changes > 0;
}
