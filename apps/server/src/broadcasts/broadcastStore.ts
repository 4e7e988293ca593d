import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from '../store/json.ts';
import type { Audience, Broadcast, BroadcastEstimate, BroadcastMessage, BroadcastStatus } from './types.ts';

interface BroadcastRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  name: string;
  audience: string;
  message: string;
  template_name: string;
  template_language: string;
  template_category: string;
  template_kind: Broadcast['template']['kind'];
  send_mode: Broadcast['sendMode'];
  status: BroadcastStatus;
  status_reason: string | null;
  scheduled_at: number | null;
  time_zone: string | null;
  plan_cursor: string | null;
  plan_seq: number;
  planned_at: number | null;
  plan: string | null;
  waiting_until: number | null;
  started_at: number | null;
  completed_at: number | null;
  created_at: number;
  updated_at: number;
}

function toBroadcast(row: BroadcastRow): Broadcast {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    name: row.name,
    audience: readJson<Audience>(row.audience, { tags: [], fields: [] }),
    message: readJson<BroadcastMessage>(row.message, null as never),
    template: {
      name: row.template_name,
      language: row.template_language,
      category: row.template_category.toLowerCase() as Broadcast['template']['category'],
      kind: row.template_kind,
    },
    sendMode: row.send_mode,
    status: row.status,
    statusReason: row.status_reason,
    scheduledAt: row.scheduled_at,
    timeZone: row.time_zone,
    planCursor: row.plan_cursor,
    planSeq: row.plan_seq,
    plannedAt: row.planned_at,
    plan: readJson<BroadcastEstimate | null>(row.plan, null),
    waitingUntil: row.waiting_until,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Stores a new broadcast. */
export function insertBroadcast(db: Db, broadcast: Broadcast): void {
  stmt(
    db,
    `INSERT INTO broadcasts (id, workspace_id, channel_id, name, audience, message, template_name, template_language,
       template_category, template_kind, send_mode, status, status_reason, scheduled_at, time_zone, plan_cursor,
       plan_seq, planned_at, plan, waiting_until, started_at, completed_at, created_at, updated_at)
     VALUES (@id, @workspaceId, @channelId, @name, @audience, @message, @templateName, @templateLanguage,
       @templateCategory, @templateKind, @sendMode, @status, @statusReason, @scheduledAt, @timeZone, @planCursor,
       @planSeq, @plannedAt, @plan, @waitingUntil, @startedAt, @completedAt, @createdAt, @updatedAt)`,
  ).run(params(broadcast));
}

/** Writes every mutable column of a broadcast back. */
export function saveBroadcast(db: Db, broadcast: Broadcast): void {
  stmt(
    db,
    `UPDATE broadcasts SET channel_id = @channelId, name = @name, audience = @audience, message = @message,
       template_name = @templateName, template_language = @templateLanguage, template_category = @templateCategory,
       template_kind = @templateKind, send_mode = @sendMode, status = @status, status_reason = @statusReason,
       scheduled_at = @scheduledAt, time_zone = @timeZone, plan_cursor = @planCursor, plan_seq = @planSeq,
       planned_at = @plannedAt, plan = @plan, waiting_until = @waitingUntil, started_at = @startedAt,
       completed_at = @completedAt, updated_at = @updatedAt
     WHERE id = @id`,
  ).run(params(broadcast));
}

export function getBroadcast(db: Db, id: string): Broadcast | null {
  const row = stmt(db, 'SELECT * FROM broadcasts WHERE id = ?').get(id) as BroadcastRow | undefined;
  return row ? toBroadcast(row) : null;
}

/** The workspace's broadcasts, newest first. */
export function listBroadcasts(db: Db, workspaceId: string, limit = 200): Broadcast[] {
  const rows = stmt(db, 'SELECT * FROM broadcasts WHERE workspace_id = ? ORDER BY created_at DESC, id LIMIT ?').all(
    workspaceId,
    limit,
  ) as BroadcastRow[];
  return rows.map(toBroadcast);
}

/** Broadcasts the runner has work for: sending, or scheduled and due by `now`. */
export function activeBroadcasts(db: Db, now: number): Broadcast[] {
  const rows = stmt(
    db,
    `SELECT * FROM broadcasts WHERE status = 'sending' OR (status = 'scheduled' AND scheduled_at <= ?)
     ORDER BY created_at, id`,
  ).all(now) as BroadcastRow[];
  return rows.map(toBroadcast);
}

/** The earliest time a scheduled broadcast falls due or a waiting one may continue, or null. */
export function nextBroadcastDueAt(db: Db): number | null {
  const value = stmt(
    db,
    `SELECT min(t) FROM (
       SELECT min(scheduled_at) AS t FROM broadcasts WHERE status = 'scheduled'
       UNION ALL SELECT min(waiting_until) FROM broadcasts WHERE status = 'sending')`,
  )
    .pluck()
    .get();
  return typeof value === 'number' ? value : null;
}

function params(broadcast: Broadcast) {
  return {
    id: broadcast.id,
    workspaceId: broadcast.workspaceId,
    channelId: broadcast.channelId,
    name: broadcast.name,
    audience: JSON.stringify(broadcast.audience),
    message: JSON.stringify(broadcast.message),
    templateName: broadcast.template.name,
    templateLanguage: broadcast.template.language,
    templateCategory: broadcast.template.category.toUpperCase(),
    templateKind: broadcast.template.kind,
    sendMode: broadcast.sendMode,
    status: broadcast.status,
    statusReason: broadcast.statusReason,
    scheduledAt: broadcast.scheduledAt,
    timeZone: broadcast.timeZone,
    planCursor: broadcast.planCursor,
    planSeq: broadcast.planSeq,
    plannedAt: broadcast.plannedAt,
    plan: broadcast.plan ? JSON.stringify(broadcast.plan) : null,
    waitingUntil: broadcast.waitingUntil,
    startedAt: broadcast.startedAt,
    completedAt: broadcast.completedAt,
    createdAt: broadcast.createdAt,
    updatedAt: broadcast.updatedAt,
  };
}
