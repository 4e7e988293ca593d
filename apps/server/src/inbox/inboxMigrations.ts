import type { Migration } from '../db/migrate.ts';

/**
 * The inbox's schema changes (versions 100–199 are the inbox's; never edit one that has shipped, add the next).
 * Listed in `db/migrations.ts` after the server's own.
 */
export const inboxMigrations: Migration[] = [
  {
    version: 100,
    name: 'inbox: closed conversations, internal notes, workspace inbox settings',
    sql: `
-- An agent closed the conversation (NULL while open); the customer's next message reopens it.
ALTER TABLE conversations ADD COLUMN closed_at INTEGER;
ALTER TABLE conversations ADD COLUMN closed_by TEXT;

-- What agents see beside the messages and the customer never does: handoff notes from bots, agents' own notes,
-- and what happened (took over, handed back, opted out…).
CREATE TABLE conversation_notes (
  id INTEGER PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('handoff', 'note', 'system')),
  author TEXT,
  text TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX conversation_notes_by_conversation ON conversation_notes (conversation_id, id);

-- Per workspace: opt-out/opt-in keywords and their confirmations, how long a human reply pauses the bot (JSON).
CREATE TABLE inbox_settings (
  workspace_id TEXT PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
  settings TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`,
  },
  {
    version: 101,
    name: 'inbox: a note remembers the last message before it',
    sql: `
-- Notes and messages made in the same millisecond (one bot step) still show in the order they happened.
ALTER TABLE conversation_notes ADD COLUMN after_message_id INTEGER;
`,
  },
];
