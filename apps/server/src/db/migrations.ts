import { broadcastMigrations } from '../broadcasts/broadcastMigrations.ts';
import { inboxMigrations } from '../inbox/inboxMigrations.ts';
import type { Migration } from './migrate.ts';

/**
 * The schema, as numbered changes. Never edit a migration that has shipped: add the next number.
 * Times are epoch milliseconds; JSON columns hold TEXT.
 */
export const migrations: Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE workspaces (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at INTEGER NOT NULL
);

CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  UNIQUE (workspace_id, name)
);

-- The workspace admin and the agents; a token is stored only as its SHA-256.
CREATE TABLE members (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'agent')),
  token_hash TEXT NOT NULL UNIQUE,
  team_id TEXT REFERENCES teams(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);

-- A phone number; UNIQUE(phone_number_id) is what keeps a number in exactly one workspace.
CREATE TABLE channels (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  phone_number_id TEXT NOT NULL UNIQUE,
  display_phone_number TEXT,
  waba_id TEXT,
  access_token TEXT,
  app_secret TEXT,
  verify_token TEXT,
  api_url TEXT,
  throughput INTEGER,
  coexistence INTEGER NOT NULL DEFAULT 0,
  business_verified INTEGER NOT NULL DEFAULT 0,
  -- Why the queue of this number is stopped (token expired, account blocked…); NULL when it runs.
  stopped_reason TEXT,
  stopped_at INTEGER,
  created_at INTEGER NOT NULL
);

CREATE TABLE flows (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT,
  draft TEXT NOT NULL,
  published_version INTEGER,
  -- The draft's diagnostics counts, refreshed on every save (the list shows them).
  error_count INTEGER NOT NULL DEFAULT 0,
  warning_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  -- Soft delete: published versions stay for the sessions that run them.
  deleted_at INTEGER,
  PRIMARY KEY (workspace_id, id)
);

-- Immutable: a session pins (flow_id, version) and runs that graph to its end.
CREATE TABLE flow_versions (
  workspace_id TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  graph TEXT NOT NULL,
  published_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, flow_id, version),
  FOREIGN KEY (workspace_id, flow_id) REFERENCES flows(workspace_id, id) ON DELETE CASCADE
);

CREATE TABLE templates (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  language TEXT NOT NULL,
  category TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'custom',
  components TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  external_id TEXT,
  updated_at INTEGER NOT NULL,
  UNIQUE (workspace_id, name, language)
);

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  wa_id TEXT NOT NULL,
  name TEXT,
  fields TEXT NOT NULL DEFAULT '{}',
  tags TEXT NOT NULL DEFAULT '[]',
  opt_in TEXT NOT NULL DEFAULT 'unknown' CHECK (opt_in IN ('optedIn', 'optedOut', 'unknown')),
  opt_in_at INTEGER,
  opt_in_method TEXT,
  opt_in_source TEXT,
  marketing_opt_out INTEGER NOT NULL DEFAULT 0,
  first_inbound_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (workspace_id, wa_id)
);

-- The workspace's custom contact fields (built-ins like name and email are not listed).
CREATE TABLE contact_fields (
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  label TEXT,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, name)
);

CREATE TABLE pipelines (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  UNIQUE (workspace_id, name)
);

CREATE TABLE stages (
  id TEXT PRIMARY KEY,
  pipeline_id TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  UNIQUE (pipeline_id, name)
);

CREATE TABLE leads (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  pipeline_id TEXT NOT NULL REFERENCES pipelines(id) ON DELETE CASCADE,
  stage_id TEXT NOT NULL REFERENCES stages(id),
  value REAL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (contact_id, pipeline_id)
);

CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  -- The policy's ConversationFacts.
  facts TEXT NOT NULL,
  last_activity_at INTEGER NOT NULL,
  -- The newest WhatsApp timestamp applied: ordering is judged against it.
  last_event_at INTEGER NOT NULL DEFAULT 0,
  assigned_team TEXT,
  assigned_agent TEXT,
  -- The bot is quiet until then (a human replied or took over).
  bot_paused_until INTEGER,
  unread INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  UNIQUE (channel_id, contact_id)
);
CREATE INDEX conversations_by_activity ON conversations (workspace_id, last_activity_at DESC);
CREATE INDEX conversations_by_contact ON conversations (contact_id);

-- Inbound and outbound. wamid UNIQUE: an inbound message is applied once; statuses find their message.
CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
  sender TEXT NOT NULL CHECK (sender IN ('customer', 'bot', 'agent', 'echo', 'broadcast')),
  wamid TEXT UNIQUE,
  type TEXT NOT NULL,
  content TEXT NOT NULL,
  session_id TEXT,
  outbox_id TEXT UNIQUE,
  status TEXT NOT NULL,
  status_at INTEGER,
  price TEXT,
  pricing TEXT,
  error_code INTEGER,
  error_message TEXT,
  -- WhatsApp's time for inbound messages; our time for outbound ones.
  sent_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX messages_by_conversation ON messages (conversation_id, id);

-- Every (wamid, status) applied once.
CREATE TABLE status_dedup (
  wamid TEXT NOT NULL,
  status TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  PRIMARY KEY (wamid, status)
) WITHOUT ROWID;

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  flow_id TEXT NOT NULL,
  flow_version INTEGER NOT NULL,
  trigger_id TEXT,
  status TEXT NOT NULL CHECK (status IN ('waiting', 'ended')),
  waiting_node TEXT,
  end_reason TEXT,
  end_detail TEXT,
  snapshot TEXT NOT NULL,
  -- Newline-delimited JSON trace entries: a step appends without reading (trimmed past a size).
  trace TEXT NOT NULL DEFAULT '',
  trace_bytes INTEGER NOT NULL DEFAULT 0,
  started_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  ended_at INTEGER,
  FOREIGN KEY (workspace_id, flow_id, flow_version) REFERENCES flow_versions(workspace_id, flow_id, version)
);
-- One active bot session per conversation.
CREATE UNIQUE INDEX sessions_one_active ON sessions (conversation_id) WHERE status = 'waiting';
-- started_at never changes: an index on updated_at would move on every step.
CREATE INDEX sessions_by_workspace ON sessions (workspace_id, started_at DESC);

CREATE TABLE timers (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  timer_id TEXT NOT NULL,
  workspace_id TEXT NOT NULL,
  node_id TEXT,
  due_at INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'fired', 'cancelled')),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, timer_id)
);
CREATE INDEX timers_due ON timers (due_at) WHERE state = 'pending';

-- Sends to perform. id = the engine's effect id (or a generated one for manual sends): the idempotency key.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  workspace_id TEXT NOT NULL,
  channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  -- A deleted contact's conversations take their unsent messages with them.
  conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  session_id TEXT,
  to_wa_id TEXT NOT NULL,
  payload TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  sending_started_at INTEGER,
  wamid TEXT,
  error_code INTEGER,
  error_message TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX outbox_queued ON outbox (channel_id, next_attempt_at, seq) WHERE state = 'queued';
CREATE INDEX outbox_sending ON outbox (sending_started_at) WHERE state = 'sending';
CREATE INDEX outbox_by_conversation ON outbox (conversation_id, seq);

-- HTTP calls a bot's webhook step asked for; performed outside the transaction, answered as webhookResult.
CREATE TABLE callouts (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  request TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'done')),
  result TEXT,
  created_at INTEGER NOT NULL,
  done_at INTEGER
);
CREATE INDEX callouts_pending ON callouts (created_at) WHERE state = 'pending';

-- Webhook payloads that are not messages or statuses (template, quality, account updates…), and unroutable ones.
CREATE TABLE webhook_log (
  id INTEGER PRIMARY KEY,
  received_at INTEGER NOT NULL,
  field TEXT NOT NULL,
  phone_number_id TEXT,
  waba_id TEXT,
  note TEXT,
  payload TEXT NOT NULL
);

-- What the SSE stream replays and tails, per workspace. Ids only grow: pruning always keeps the newest row, so no
-- id is ever reused (cheaper than AUTOINCREMENT, which updates sqlite_sequence on every insert).
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  workspace_id TEXT NOT NULL,
  type TEXT NOT NULL,
  data TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX events_by_workspace ON events (workspace_id, id);
`,
  },
  {
    version: 2,
    name: 'conversation scripts stored with a flow (the preview records them)',
    sql: `
-- A script is JSON in the format of docs/conversation-scripts.md; rows older than their flow's created_at belong
-- to a deleted flow whose id was taken again, and are ignored.
CREATE TABLE flow_scripts (
  workspace_id TEXT NOT NULL,
  flow_id TEXT NOT NULL,
  name TEXT NOT NULL,
  script TEXT NOT NULL,
  conversations INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, flow_id, name),
  FOREIGN KEY (workspace_id, flow_id) REFERENCES flows(workspace_id, id) ON DELETE CASCADE
);
`,
  },
  {
    version: 3,
    name: 'workspace events kept in memory, not in a table',
    sql: `
-- The SSE stream's events are notifications held in memory (src/events/eventBus.ts); browsers re-read on reconnect.
DROP TABLE events;
`,
  },
  {
    version: 4,
    name: "a session's trace as rows of its own, one per step",
    sql: `
-- Appending to a text column rewrote the whole session row on every step (up to the 256 KiB trace limit, and the
-- columns stored after the trace sat behind its overflow pages for every read): a step now inserts one row.
CREATE TABLE session_steps (
  session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  -- The step's trace entries, one JSON object per line.
  entries TEXT NOT NULL,
  PRIMARY KEY (session_id, seq)
) WITHOUT ROWID;
INSERT INTO session_steps (session_id, seq, entries) SELECT id, 1, trace FROM sessions WHERE trace <> '';
ALTER TABLE sessions ADD COLUMN trace_seq INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET trace_seq = 1 WHERE trace <> '';
ALTER TABLE sessions DROP COLUMN trace;
`,
  },
  {
    version: 5,
    name: "the outbox's order check reads only a conversation's pending rows",
    sql: `
-- A queued row waits while an earlier row of its conversation is queued or sending. Through outbox_by_conversation
-- that check walked every earlier row of the conversation, sent ones included: its cost grew with the
-- conversation's history. (outbox_by_conversation stays: deleting a conversation finds its rows through it.)
CREATE INDEX outbox_pending_by_conversation ON outbox (conversation_id, seq) WHERE state IN ('queued', 'sending');
`,
  },
  {
    version: 6,
    name: "a board column reads its stage's newest leads",
    sql: `
-- The pipelines board shows each stage's most recently moved leads (and counts them): by stage, newest first.
CREATE INDEX leads_by_stage ON leads (stage_id, updated_at DESC, id);
`,
  },
  {
    version: 7,
    name: 'the contacts list reads the newest changes first',
    sql: `
-- GET /api/contacts lists a workspace's contacts, most recently changed first: it sorted all of them for every
-- page (80 ms at 300,000). A customer's next message does not change the row, so the index moves only on changes.
CREATE INDEX contacts_by_update ON contacts (workspace_id, updated_at DESC, id);
`,
  },
  // The inbox's own changes (versions 100–199).
  ...inboxMigrations,
  // The broadcasts' own changes (versions 200–299).
  ...broadcastMigrations,
];
