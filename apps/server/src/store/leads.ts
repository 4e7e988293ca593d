import type { Lead } from '@salesbot/api';
import { newId } from '../db/ids.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

// A lead's shape is the API's (packages/api), shared with the editor.
export type { Lead } from '@salesbot/api';

/** The pipeline's id, creating the pipeline when new. */
export function ensurePipeline(db: Db, workspaceId: string, name: string, stages: readonly string[] = []): string {
  let id = stmt(db, 'SELECT id FROM pipelines WHERE workspace_id = ? AND name = ?').pluck().get(workspaceId, name) as
    | string
    | undefined;
  if (!id) {
    id = newId('pl');
    stmt(db, 'INSERT INTO pipelines (id, workspace_id, name) VALUES (?, ?, ?)').run(id, workspaceId, name);
  }
  for (const stage of stages) ensureStage(db, id, stage);
  return id;
}

/** The stage's id, appending the stage to the pipeline when new. */
export function ensureStage(db: Db, pipelineId: string, name: string): string {
  const id = stmt(db, 'SELECT id FROM stages WHERE pipeline_id = ? AND name = ?').pluck().get(pipelineId, name) as
    | string
    | undefined;
  if (id) return id;
  const newStageId = newId('sg');
  const position = Number(
    stmt(db, 'SELECT coalesce(max(position), -1) + 1 FROM stages WHERE pipeline_id = ?').pluck().get(pipelineId),
  );
  stmt(db, 'INSERT INTO stages (id, pipeline_id, name, position) VALUES (?, ?, ?, ?)').run(
    newStageId,
    pipelineId,
    name,
    position,
  );
  return newStageId;
}

/**
 * Puts the contact's lead of `pipeline` at `stage` (creating pipeline, stage and lead as needed: a bot may name a
 * stage the workspace has not drawn yet). `changed` is false when the lead already was there.
 */
export function moveLead(
  db: Db,
  input: {
    workspaceId: string;
    contactId: string;
    pipeline: string;
    stage: string;
    now: number;
    value?: number | null;
  },
): Lead & { changed: boolean } {
  const pipelineId = ensurePipeline(db, input.workspaceId, input.pipeline);
  const stageId = ensureStage(db, pipelineId, input.stage);
  const existing = stmt(
    db,
    'SELECT id, stage_id, value, created_at FROM leads WHERE contact_id = ? AND pipeline_id = ?',
  ).get(input.contactId, pipelineId) as
    | { id: string; stage_id: string; value: number | null; created_at: number }
    | undefined;
  if (existing) {
    const changed = existing.stage_id !== stageId;
    const value = input.value === undefined ? existing.value : input.value;
    stmt(db, 'UPDATE leads SET stage_id = ?, value = ?, updated_at = ? WHERE id = ?').run(
      stageId,
      value,
      input.now,
      existing.id,
    );
    return {
      id: existing.id,
      contactId: input.contactId,
      pipeline: input.pipeline,
      stage: input.stage,
      value,
      createdAt: existing.created_at,
      updatedAt: input.now,
      changed,
    };
  }
  const id = newId('ld');
  stmt(
    db,
    'INSERT INTO leads (id, workspace_id, contact_id, pipeline_id, stage_id, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(id, input.workspaceId, input.contactId, pipelineId, stageId, input.value ?? null, input.now, input.now);
  return {
    id,
    contactId: input.contactId,
    pipeline: input.pipeline,
    stage: input.stage,
    value: input.value ?? null,
    createdAt: input.now,
    updatedAt: input.now,
    changed: true,
  };
}

const LEAD_SELECT = `SELECT l.id, l.contact_id, p.name AS pipeline, s.name AS stage, l.value, l.created_at, l.updated_at
     FROM leads l JOIN pipelines p ON p.id = l.pipeline_id JOIN stages s ON s.id = l.stage_id`;

interface LeadRow {
  id: string;
  contact_id: string;
  pipeline: string;
  stage: string;
  value: number | null;
  created_at: number;
  updated_at: number;
}

function toLead(row: LeadRow): Lead {
  return {
    id: row.id,
    contactId: row.contact_id,
    pipeline: row.pipeline,
    stage: row.stage,
    value: row.value,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A page of the workspace's leads (of one pipeline when named), most recently moved first. */
export function listLeads(
  db: Db,
  workspaceId: string,
  page: { pipeline?: string | undefined; limit: number; offset: number },
): Lead[] {
  const pipeline = page.pipeline ?? null;
  const rows = stmt(
    db,
    `${LEAD_SELECT} WHERE l.workspace_id = ? AND (? IS NULL OR p.name = ?) ORDER BY l.updated_at DESC, l.id
     LIMIT ? OFFSET ?`,
  ).all(workspaceId, pipeline, pipeline, page.limit, page.offset) as LeadRow[];
  return rows.map(toLead);
}

/** How many leads a board column shows by default (its most recently moved). */
export const BOARD_PER_STAGE = 100;

/** A stage's most recently moved leads, up to `limit`. */
export function stageLeads(db: Db, workspaceId: string, stageId: string, limit: number): Lead[] {
  const rows = stmt(
    db,
    `${LEAD_SELECT} WHERE l.stage_id = ? AND l.workspace_id = ? ORDER BY l.updated_at DESC, l.id LIMIT ?`,
  ).all(stageId, workspaceId, limit) as LeadRow[];
  return rows.map(toLead);
}

/** How many leads a stage holds, and their summed value. */
export function stageTotals(db: Db, stageId: string): { total: number; value: number } {
  return stmt(db, 'SELECT count(*) AS total, coalesce(sum(value), 0) AS value FROM leads WHERE stage_id = ?').get(
    stageId,
  ) as { total: number; value: number };
}

/** One contact's leads (one per pipeline at most), newest change first: an index look-up, not the workspace's. */
export function contactLeads(db: Db, workspaceId: string, contactId: string): Lead[] {
  const rows = stmt(db, `${LEAD_SELECT} WHERE l.contact_id = ? AND l.workspace_id = ? ORDER BY l.updated_at DESC`).all(
    contactId,
    workspaceId,
  ) as LeadRow[];
  return rows.map(toLead);
}

/** A lead of the workspace by id, or null. */
export function getLead(db: Db, workspaceId: string, id: string): Lead | null {
  const row = stmt(db, `${LEAD_SELECT} WHERE l.id = ? AND l.workspace_id = ?`).get(id, workspaceId) as
    | LeadRow
    | undefined;
  return row ? toLead(row) : null;
}
