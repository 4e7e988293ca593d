import type { Migration } from '../db/migrate.ts';
import { PAUSED_UNTIL_RESUMED } from '../store/conversations.ts';

/**
 * The inbox's counts and when a conversation `row` (new, old) counts for them: never once closed; else open,
 * unread, its agent's ('agent:<id>') or unassigned, handed off. Used by migration 102: never change what it makes
 * (add a migration).
 */
const COUNTED: { key: string; name: (row: string) => string; when: (row: string) => string; columns: string }[] = [
  { key: 'open', name: () => "'open'", when: (row) => `${row}.closed_at IS NULL`, columns: 'closed_at' },
  {
    key: 'unread',
    name: () => "'unread'",
    when: (row) => `${row}.closed_at IS NULL AND ${row}.unread > 0`,
    columns: 'closed_at, unread',
  },
  {
    key: 'agent',
    name: (row) => `'agent:' || ${row}.assigned_agent`,
    when: (row) => `${row}.closed_at IS NULL AND ${row}.assigned_agent IS NOT NULL`,
    columns: 'closed_at, assigned_agent',
  },
  {
    key: 'unassigned',
    name: () => "'unassigned'",
    when: (row) => `${row}.closed_at IS NULL AND ${row}.assigned_agent IS NULL AND ${row}.assigned_team IS NULL`,
    columns: 'closed_at, assigned_agent, assigned_team',
  },
  {
    key: 'handed_off',
    name: () => "'handedOff'",
    when: (row) => `${row}.closed_at IS NULL AND ${row}.bot_paused_until IS ${PAUSED_UNTIL_RESUMED}`,
    columns: 'closed_at, bot_paused_until',
  },
];

/** Adds `d` to the count of each of COUNTED that `row` counts for. */
function addCounted(row: string, d: 1 | -1, counted = COUNTED): string {
  return counted
    .map(
      ({
        name,
        when,
      }) => `INSERT INTO inbox_counts (workspace_id, name, n) SELECT ${row}.workspace_id, ${name(row)}, ${d}
    WHERE ${when(row)} ON CONFLICT (workspace_id, name) DO UPDATE SET n = n + excluded.n;`,
    )
    .join('\n  ');
}

/**
 * One trigger per count, firing only when an update changes whether (or, for an agent's, where) the row counts:
 * another message to an unread conversation fires none.
 */
function updateTriggers(): string {
  return COUNTED.map(
    (entry) => `CREATE TRIGGER inbox_counts_${entry.key} AFTER UPDATE OF ${entry.columns} ON conversations
  WHEN (${entry.when('old')}) IS NOT (${entry.when('new')}) OR ${entry.name('old')} IS NOT ${entry.name('new')}
BEGIN
  ${addCounted('old', -1, [entry])}
  ${addCounted('new', 1, [entry])}
END;`,
  ).join('\n');
}

/** What each count starts from: the conversations already stored. */
function countsNow(): string {
  return COUNTED.map(
    ({ name, when }) =>
      `SELECT c.workspace_id, ${name('c')}, count(*) FROM conversations c WHERE ${when('c')} GROUP BY 1, 2`,
  ).join('\n  UNION ALL ');
}

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
  {
    version: 102,
    name: "inbox: the filter bar's counts kept by triggers; indexes for the selective filters",
    sql: `
-- The inbox's counts of open conversations (open, unread, unassigned, handed off, and per agent: 'agent:<id>'),
-- kept exact by the triggers below: reading them no longer scans every open conversation (100 ms at 225,000).
CREATE TABLE inbox_counts (
  workspace_id TEXT NOT NULL,
  name TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, name)
) WITHOUT ROWID;

INSERT INTO inbox_counts (workspace_id, name, n)
  ${countsNow()};

-- What a row counts for is added when it comes and subtracted when it goes (a contact's deletion cascades here).
CREATE TRIGGER inbox_counts_insert AFTER INSERT ON conversations BEGIN
  ${addCounted('new', 1)}
END;
CREATE TRIGGER inbox_counts_delete AFTER DELETE ON conversations BEGIN
  ${addCounted('old', -1)}
END;
${updateTriggers()}

-- "Mine", a team's, handed off and paused: few among many, found late by the newest-first walk of all of them.
CREATE INDEX conversations_by_agent ON conversations (workspace_id, assigned_agent, last_activity_at DESC)
  WHERE assigned_agent IS NOT NULL;
CREATE INDEX conversations_by_team ON conversations (workspace_id, assigned_team, last_activity_at DESC)
  WHERE assigned_team IS NOT NULL;
CREATE INDEX conversations_by_pause ON conversations (workspace_id, bot_paused_until, last_activity_at DESC)
  WHERE bot_paused_until IS NOT NULL;
`,
  },
];
