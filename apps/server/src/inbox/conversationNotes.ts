import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** `handoff`: a bot's handoff step; `note`: an agent wrote it; `system`: what happened (took over, opted out…). */
export type NoteKind = 'handoff' | 'note' | 'system';

/** Something agents see beside a conversation's messages and the customer never does. */
export interface ConversationNote {
  id: number;
  conversationId: string;
  kind: NoteKind;
  author: string | null;
  text: string;
  createdAt: number;
}

/** Adds a note to a conversation. Call inside a transaction. Returns it. */
export function addNote(
  db: Db,
  input: {
    workspaceId: string;
    conversationId: string;
    kind: NoteKind;
    author?: string | null;
    text: string;
    now: number;
  },
): ConversationNote {
  const result = stmt(
    db,
    `INSERT INTO conversation_notes (workspace_id, conversation_id, kind, author, text, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(input.workspaceId, input.conversationId, input.kind, input.author ?? null, input.text, input.now);
  return {
    id: Number(result.lastInsertRowid),
    conversationId: input.conversationId,
    kind: input.kind,
    author: input.author ?? null,
    text: input.text,
    createdAt: input.now,
  };
}

/** The conversation's notes, oldest first. */
export function listNotes(db: Db, conversationId: string, limit = 500): ConversationNote[] {
  const rows = stmt(
    db,
    `SELECT id, conversation_id AS conversationId, kind, author, text, created_at AS createdAt
     FROM conversation_notes WHERE conversation_id = ? ORDER BY id DESC LIMIT ?`,
  ).all(conversationId, limit) as ConversationNote[];
  return rows.reverse();
}
