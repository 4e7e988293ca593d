import type { Migration } from '../db/migrate.ts';

/**
 * The broadcasts' schema changes (versions 200–299 are theirs; never edit one that has shipped, add the next).
 * Listed in `db/migrations.ts` after the server's and the inbox's.
 */
export const broadcastMigrations: Migration[] = [
  {
    version: 200,
    name: 'broadcasts: broadcasts, recipients, contact lists, reach ledger',
    sql: `
CREATE TABLE broadcasts (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  -- AudienceSpec (tags, stage, fields, list) as JSON.
  audience TEXT NOT NULL,
  -- The template step (graph node JSON) sent to every recipient, parameters as placeholders.
  message TEXT NOT NULL,
  template_name TEXT NOT NULL,
  template_language TEXT NOT NULL,
  -- From the registry when the broadcast was saved: UTILITY | MARKETING; custom | carousel | flow.
  template_category TEXT NOT NULL,
  template_kind TEXT NOT NULL,
  -- cloud: POST /messages; marketingLite: POST /marketing_messages (Marketing Messages Lite API).
  send_mode TEXT NOT NULL DEFAULT 'cloud' CHECK (send_mode IN ('cloud', 'marketingLite')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')),
  -- Why it is paused when the system paused it (template paused by Meta, channel gone…).
  status_reason TEXT,
  -- UTC epoch ms, and the IANA zone the marketer chose it in (shown back to them).
  scheduled_at INTEGER,
  time_zone TEXT,
  -- Planning walks the audience by contact id (keyset); the cursor survives a crash.
  plan_cursor TEXT,
  plan_seq INTEGER NOT NULL DEFAULT 0,
  planned_at INTEGER,
  -- The estimate made when sending started (JSON), so the plan said up front stays visible.
  plan TEXT,
  -- Sending waits for the messaging limit until then (NULL: not waiting).
  waiting_until INTEGER,
  started_at INTEGER,
  completed_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX broadcasts_by_workspace ON broadcasts (workspace_id, created_at DESC);
CREATE INDEX broadcasts_active ON broadcasts (status, scheduled_at) WHERE status IN ('scheduled', 'sending');

-- One row per contact the audience matched: excluded with its reason, or on its way. Clustered by broadcast.
CREATE TABLE broadcast_recipients (
  broadcast_id TEXT NOT NULL REFERENCES broadcasts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  contact_id TEXT NOT NULL,
  wa_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'excluded', 'queued', 'sent', 'delivered', 'read', 'failed', 'cancelled')),
  -- 0: inside the customer-service window when planned (never counts against the messaging limit); 1: outside.
  lane INTEGER NOT NULL DEFAULT 0,
  -- Why excluded: notOptedIn, optedOut, marketingOptedOut, invalidNumber, unsupportedCountry, emptyParameter…
  reason TEXT,
  reason_text TEXT,
  -- free | utility | marketing: estimated when planned, what the policy said when queued.
  price TEXT,
  -- The contact had stopped marketing messages when planned (an opt-out after the send is a result).
  marketing_opt_out INTEGER NOT NULL DEFAULT 0,
  -- bcast:<broadcast id>:<seq>, the outbox row's id: the idempotency key.
  outbox_id TEXT,
  error_code INTEGER,
  error_message TEXT,
  queued_at INTEGER,
  sent_at INTEGER,
  delivered_at INTEGER,
  read_at INTEGER,
  failed_at INTEGER,
  replied_at INTEGER,
  quick_reply TEXT,
  PRIMARY KEY (broadcast_id, seq)
) WITHOUT ROWID;
CREATE UNIQUE INDEX broadcast_recipients_by_outbox ON broadcast_recipients (outbox_id) WHERE outbox_id IS NOT NULL;
CREATE INDEX broadcast_recipients_todo ON broadcast_recipients (broadcast_id, state, lane, seq);

-- Contacts uploaded together (a CSV): an audience.
CREATE TABLE broadcast_lists (
  id TEXT PRIMARY KEY,
  workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE broadcast_list_members (
  list_id TEXT NOT NULL REFERENCES broadcast_lists(id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (list_id, contact_id)
) WITHOUT ROWID;

-- Who was reached with a business-initiated message (outside their window) and when last: the messaging limit
-- counts the unique contacts of the last 24 hours, per business.
CREATE TABLE broadcast_reach (
  workspace_id TEXT NOT NULL,
  wa_id TEXT NOT NULL,
  reached_at INTEGER NOT NULL,
  PRIMARY KEY (workspace_id, wa_id)
) WITHOUT ROWID;
CREATE INDEX broadcast_reach_by_time ON broadcast_reach (workspace_id, reached_at);
`,
  },
  {
    version: 201,
    name: 'broadcasts: contacts walked by id within a workspace (keyset pages of an audience)',
    sql: `
-- Planning and estimating read an audience a page at a time: "workspace = ? AND id > ? ORDER BY id" is one range of
-- this index; without it every page scanned and sorted the whole workspace.
CREATE INDEX contacts_by_workspace_id ON contacts (workspace_id, id);
`,
  },
];
