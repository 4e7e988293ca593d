import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../db/migrate.ts';
import { migrations } from '../db/migrations.ts';
import { PAUSED_UNTIL_RESUMED } from '../store/conversations.ts';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

/** What the filter bar's counts were before migration 102: a scan of the open conversations, per workspace. */
function scannedCounts(t: Pick<TestApp, 'db'>): Record<string, number> {
  const counts: Record<string, number> = {};
  const rows = t.db
    .prepare(
      `SELECT workspace_id, count(*) AS open, sum(unread > 0) AS unread,
         sum(assigned_agent IS NULL AND assigned_team IS NULL) AS unassigned, sum(bot_paused_until = ?) AS handedOff
       FROM conversations WHERE closed_at IS NULL GROUP BY workspace_id`,
    )
    .all(PAUSED_UNTIL_RESUMED) as Record<string, string | number>[];
  for (const { workspace_id, ...named } of rows) {
    for (const [name, n] of Object.entries(named)) if (Number(n) !== 0) counts[`${workspace_id} ${name}`] = Number(n);
  }
  const agents = t.db
    .prepare(
      `SELECT workspace_id, assigned_agent, count(*) AS n FROM conversations
       WHERE closed_at IS NULL AND assigned_agent IS NOT NULL GROUP BY 1, 2`,
    )
    .all() as { workspace_id: string; assigned_agent: string; n: number }[];
  for (const row of agents) counts[`${row.workspace_id} agent:${row.assigned_agent}`] = row.n;
  return counts;
}

/** The counts the triggers keep (rows at zero are left behind by design: they read as zero). */
function keptCounts(t: Pick<TestApp, 'db'>): Record<string, number> {
  const rows = t.db.prepare('SELECT workspace_id, name, n FROM inbox_counts WHERE n != 0').all() as {
    workspace_id: string;
    name: string;
    n: number;
  }[];
  return Object.fromEntries(rows.map((row) => [`${row.workspace_id} ${row.name}`, row.n]));
}

const operation = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), workspace: fc.nat(1) }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    column: fc.constantFrom('closed_at', 'unread', 'assigned_agent', 'assigned_team', 'bot_paused_until', 'facts'),
    value: fc.constantFrom(null, 0, 1, 3, 'agent-a', 'agent-b', PAUSED_UNTIL_RESUMED, 5_000),
  }),
  fc.record({ kind: fc.constant('deleteContact' as const), pick: fc.nat() }),
);

describe('inbox counts kept by triggers', () => {
  let t: TestApp;
  let workspaces: string[];
  let channels: string[];
  let made = 0;
  beforeAll(async () => {
    t = await createTestApp();
    const other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).workspaceId;
    workspaces = [t.workspaceId, other];
    // A second channel row for the other workspace (conversations need one of their own workspace).
    const channel = t.db.prepare('SELECT * FROM channels LIMIT 1').get() as Record<string, unknown>;
    t.db
      .prepare(
        `INSERT INTO channels (${Object.keys(channel).join(', ')}) VALUES (${Object.keys(channel)
          .map(() => '?')
          .join(', ')})`,
      )
      .run(
        ...Object.entries(channel).map(([key, value]) =>
          key === 'id' ? 'ch_other' : key === 'workspace_id' ? other : key === 'phone_number_id' ? '999000111' : value,
        ),
      );
    channels = [channel.id as string, 'ch_other'];
  });
  afterAll(() => t.close());

  it('match a scan of the open conversations after any mix of creates, updates, closes and deletes', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        for (const op of operations) {
          const ids = t.db.prepare('SELECT id, contact_id FROM conversations ORDER BY id').all() as {
            id: string;
            contact_id: string;
          }[];
          if (op.kind === 'create') {
            const n = ++made;
            const workspaceId = workspaces[op.workspace]!;
            t.db
              .prepare('INSERT INTO contacts (id, workspace_id, wa_id, created_at, updated_at) VALUES (?, ?, ?, 0, 0)')
              .run(`ct_${n}`, workspaceId, `1555${n}`);
            t.db
              .prepare(
                `INSERT INTO conversations (id, workspace_id, channel_id, contact_id, facts, last_activity_at, created_at,
                   unread) VALUES (?, ?, ?, ?, '{}', 0, 0, ?)`,
              )
              .run(`cv_${n}`, workspaceId, channels[op.workspace], `ct_${n}`, n % 2);
          } else if (ids.length > 0) {
            const row = ids[op.pick % ids.length]!;
            if (op.kind === 'deleteContact') t.db.prepare('DELETE FROM contacts WHERE id = ?').run(row.contact_id);
            else {
              const numeric = op.column === 'closed_at' || op.column === 'unread' || op.column === 'bot_paused_until';
              const value = op.column === 'facts' ? '{}' : numeric && typeof op.value === 'string' ? 1 : op.value;
              if (op.column === 'unread' && value === null) continue;
              t.db.prepare(`UPDATE conversations SET ${op.column} = ? WHERE id = ?`).run(value, row.id);
            }
          }
        }
        expect(keptCounts(t)).toEqual(scannedCounts(t));
      }),
      { numRuns: 60 },
    );
  });

  it('are what the inbox shows, per workspace and per agent', async () => {
    const page = (await t.api('GET', '/api/inbox/conversations')).body;
    const scanned = scannedCounts(t);
    const own = (name: string) => scanned[`${t.workspaceId} ${name}`] ?? 0;
    expect(page.counts).toMatchObject({
      open: own('open'),
      unread: own('unread'),
      unassigned: own('unassigned'),
      handedOff: own('handedOff'),
    });
  });

  it('start from the conversations a database already holds when migration 102 comes', () => {
    const db = new Database(':memory:');
    // Bare conversation rows (no workspaces, channels or contacts behind them): only their counted columns matter.
    db.pragma('foreign_keys = OFF');
    migrate(
      db,
      migrations.filter((migration) => migration.version < 102),
    );
    const insert = db.prepare(
      `INSERT INTO conversations (id, workspace_id, channel_id, contact_id, facts, last_activity_at, created_at, unread,
         assigned_agent, assigned_team, bot_paused_until, closed_at) VALUES (?, ?, 'ch', ?, '{}', 0, 0, ?, ?, ?, ?, ?)`,
    );
    const agents = [null, 'mb_a', 'mb_b'];
    for (let i = 0; i < 60; i++) {
      insert.run(
        `cv_${i}`,
        i % 2 ? 'ws_1' : 'ws_2',
        `ct_${i}`,
        i % 3,
        agents[i % 3],
        i % 5 === 0 ? 'sales' : null,
        i % 7 === 0 ? PAUSED_UNTIL_RESUMED : null,
        i % 4 === 0 ? 1 : null,
      );
    }
    expect(migrate(db, migrations)).toContain(102);
    expect(keptCounts({ db })).toEqual(scannedCounts({ db }));
    expect(Object.keys(keptCounts({ db })).length).toBeGreaterThan(8);
    db.close();
  });
});
