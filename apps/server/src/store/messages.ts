import type { MessageSender, MessageStatus, StoredMessage } from '@salesbot/api';
import type { PriceCategory } from '@salesbot/policy';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from './json.ts';

// A message's shape is the API's (packages/api), shared with the editor: queued/sending are our statuses;
// sent/delivered/read/played/failed are WhatsApp's.
export type { MessageSender, MessageStatus, StoredMessage } from '@salesbot/api';

interface MessageRow {
  id: number;
  conversation_id: string;
  direction: 'in' | 'out';
  sender: MessageSender;
  wamid: string | null;
  type: string;
  content: string;
  session_id: string | null;
  outbox_id: string | null;
  status: MessageStatus;
  status_at: number | null;
  price: PriceCategory | null;
  pricing: string | null;
  error_code: number | null;
  error_message: string | null;
  sent_at: number;
  created_at: number;
}

export function toMessage(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    direction: row.direction,
    sender: row.sender,
    wamid: row.wamid,
    type: row.type,
    content: readJson(row.content, null),
    sessionId: row.session_id,
    outboxId: row.outbox_id,
    status: row.status,
    statusAt: row.status_at,
    price: row.price,
    pricing: readJson(row.pricing, null),
    errorCode: row.error_code,
    errorMessage: row.error_message,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  };
}

/**
 * Stores an inbound message unless its wamid is already stored. Returns the new row id, or null for a repeat —
 * the dedup of at-least-once webhook delivery.
 */
export function insertInboundMessage(
  db: Db,
  input: {
    workspaceId: string;
    conversationId: string;
    wamid: string;
    type: string;
    content: unknown;
    sentAt: number;
    now: number;
  },
): number | null {
  const result = stmt(
    db,
    `INSERT INTO messages (workspace_id, conversation_id, direction, sender, wamid, type, content, status, sent_at, created_at)
     VALUES (?, ?, 'in', 'customer', ?, ?, ?, 'received', ?, ?) ON CONFLICT (wamid) DO NOTHING`,
  ).run(
    input.workspaceId,
    input.conversationId,
    input.wamid,
    input.type,
    JSON.stringify(input.content),
    input.sentAt,
    input.now,
  );
  return result.changes === 0 ? null : Number(result.lastInsertRowid);
}

/** Stores an outbound message (queued in the outbox, or an echo already sent from the Business app). */
export function insertOutboundMessage(
  db: Db,
  input: {
    workspaceId: string;
    conversationId: string;
    sender: MessageSender;
    type: string;
    content: unknown;
    sessionId?: string | null;
    outboxId?: string | null;
    wamid?: string | null;
    status: MessageStatus;
    price?: string | null;
    now: number;
  },
): number {
  const result = stmt(
    db,
    `INSERT INTO messages (workspace_id, conversation_id, direction, sender, wamid, type, content, session_id, outbox_id,
       status, status_at, price, sent_at, created_at)
     VALUES (?, ?, 'out', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (wamid) DO NOTHING`,
  ).run(
    input.workspaceId,
    input.conversationId,
    input.sender,
    input.wamid ?? null,
    input.type,
    JSON.stringify(input.content),
    input.sessionId ?? null,
    input.outboxId ?? null,
    input.status,
    input.now,
    input.price ?? null,
    input.now,
    input.now,
  );
  return Number(result.lastInsertRowid);
}

export function listMessages(
  db: Db,
  conversationId: string,
  options: { before?: number; limit?: number } = {},
): StoredMessage[] {
  const rows = stmt(db, 'SELECT * FROM messages WHERE conversation_id = ? AND id < ? ORDER BY id DESC LIMIT ?').all(
    conversationId,
    options.before ?? Number.MAX_SAFE_INTEGER,
    options.limit ?? 100,
  ) as MessageRow[];
  return rows.reverse().map(toMessage);
}

export function findMessageByWamid(db: Db, wamid: string): StoredMessage | null {
  const row = stmt(db, 'SELECT * FROM messages WHERE wamid = ?').get(wamid) as MessageRow | undefined;
  return row ? toMessage(row) : null;
}

export function findMessageByOutboxId(db: Db, outboxId: string): (StoredMessage & { workspaceId: string }) | null {
  const row = stmt(db, 'SELECT * FROM messages WHERE outbox_id = ?').get(outboxId) as
    | (MessageRow & { workspace_id: string })
    | undefined;
  return row ? { ...toMessage(row), workspaceId: row.workspace_id } : null;
}
