import type { ConversationNote, NoteKind } from '@salesbot/api';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

// A note's shape is the API's (packages/api), shared with the editor.
export type { ConversationNote, NoteKind } from '@salesbot/api';

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
  const afterMessageId =
    (stmt(db, 'SELECT max(id) FROM messages WHERE conversation_id = ?').pluck().get(input.conversationId) as
      | number
      | null) ?? null;
  const result = stmt(
    db,
    `INSERT INTO conversation_notes (workspace_id, conversation_id, kind, author, text, created_at, after_message_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    input.workspaceId,
    input.conversationId,
    input.kind,
    input.author ?? null,
    input.text,
    input.now,
    afterMessageId,
  );
  return {
    id: Number(result.lastInsertRowid),
    conversationId: input.conversationId,
    kind: input.kind,
    author: input.author ?? null,
    text: input.text,
    createdAt: input.now,
    afterMessageId,
  };
}

/** The conversation's notes, oldest first. */
export function listNotes(db: Db, conversationId: string, limit = 500): ConversationNote[] {
  const rows = stmt(
    db,
    `SELECT id, conversation_id AS conversationId, kind, author, text, created_at AS createdAt,
       after_message_id AS afterMessageId FROM conversation_notes WHERE conversation_id = ? ORDER BY id DESC LIMIT ?`,
  ).all(conversationId, limit) as ConversationNote[];
  return rows.reverse();
}
