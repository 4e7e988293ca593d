import type { OutboundMessage } from '@salesbot/whatsapp';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import type { SendEndpoint } from '../transport/types.ts';

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

/** What a queued send holds: the message body and, for replies, the message it quotes. */
export interface OutboxPayload {
  message: OutboundMessage;
  replyTo?: string;
  /** Where it is posted; default `messages`. Broadcasts through Marketing Messages Lite use `marketing_messages`. */
  endpoint?: SendEndpoint;
}

export interface OutboxRow {
  seq: number;
  id: string;
  workspaceId: string;
  channelId: string;
  conversationId: string;
  sessionId: string | null;
  toWaId: string;
  payload: OutboxPayload;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: number;
  sendingStartedAt: number | null;
  wamid: string | null;
  errorCode: number | null;
  errorMessage: string | null;
  createdAt: number;
}

interface Row {
  seq: number;
  id: string;
  workspace_id: string;
  channel_id: string;
  conversation_id: string;
  session_id: string | null;
  to_wa_id: string;
  payload: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: number;
  sending_started_at: number | null;
  wamid: string | null;
  error_code: number | null;
  error_message: string | null;
  created_at: number;
}

export function toOutboxRow(row: Row): OutboxRow {
  let payload: OutboxPayload | null = null;
  return {
    seq: row.seq,
    id: row.id,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    conversationId: row.conversation_id,
    sessionId: row.session_id,
    toWaId: row.to_wa_id,
    // Parsed on first use: the sender looks at many more rows than it sends.
    get payload() {
      payload ??= JSON.parse(row.payload) as OutboxPayload;
      return payload;
    },
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    sendingStartedAt: row.sending_started_at,
    wamid: row.wamid,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    createdAt: row.created_at,
  };
}

/**
 * Queues a send. `id` is the idempotency key (the engine's effect id): queuing the same id twice is a no-op, so
 * a replayed step can never queue a message twice. Returns false when the id was already queued.
 */
export function enqueueSend(
  db: Db,
  input: {
    id: string;
    workspaceId: string;
    channelId: string;
    conversationId: string;
    sessionId: string | null;
    toWaId: string;
    payload: OutboxPayload;
    now: number;
  },
): boolean {
  const result = stmt(
    db,
    `INSERT INTO outbox (id, workspace_id, channel_id, conversation_id, session_id, to_wa_id, payload, state,
       next_attempt_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  ).run(
    input.id,
    input.workspaceId,
    input.channelId,
    input.conversationId,
    input.sessionId,
    input.toWaId,
    JSON.stringify(input.payload),
    input.now,
    input.now,
    input.now,
  );
  return result.changes > 0;
}

export function getOutboxRow(db: Db, id: string): OutboxRow | null {
  const row = stmt(db, 'SELECT * FROM outbox WHERE id = ?').get(id) as Row | undefined;
  return row ? toOutboxRow(row) : null;
}

/** A queued row the sender may take now: what choosing it needs, without the payload and the rest. */
export interface SendableCandidate {
  seq: number;
  id: string;
  conversationId: string;
  toWaId: string;
}

export const SENDABLE_SQL = `SELECT o.seq, o.id, o.conversation_id AS conversationId, o.to_wa_id AS toWaId FROM outbox o
     WHERE o.channel_id = ? AND o.state = 'queued' AND o.next_attempt_at <= ?
       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.conversation_id = o.conversation_id
                       AND p.seq < o.seq AND p.state IN ('queued', 'sending'))
     ORDER BY o.next_attempt_at, o.seq LIMIT ?`;

/**
 * Queued rows of one channel that may go now, oldest first, up to `limit`: due, and first in their conversation (a
 * conversation's messages leave strictly one after another: the next waits until the previous one was accepted;
 * the check reads the conversation's pending rows only, `outbox_pending_by_conversation`, however long its
 * history). As candidates: the sender looks at more rows than it takes (a customer's pair rate holds some back),
 * and reading every column of each (the payload above all) cost ~14 µs a row, most of a pass.
 */
export function selectSendable(db: Db, channelId: string, now: number, limit: number): SendableCandidate[] {
  return stmt(db, SENDABLE_SQL).all(channelId, now, limit) as SendableCandidate[];
}

/** Rows left in `sending` since before `startedBefore` (by this process or one that crashed). */
export function selectStaleSending(db: Db, startedBefore: number): { id: string; attempts: number }[] {
  return stmt(
    db,
    "SELECT id, attempts FROM outbox WHERE state = 'sending' AND sending_started_at <= ? ORDER BY sending_started_at",
  ).all(startedBefore) as { id: string; attempts: number }[];
}

/** When the channel's next queued row falls due (for the sender's sleep), or null. */
export function nextDueAt(db: Db, channelId: string): number | null {
  const value = stmt(db, "SELECT min(next_attempt_at) FROM outbox WHERE channel_id = ? AND state = 'queued'")
    .pluck()
    .get(channelId);
  return typeof value === 'number' ? value : null;
}
