// Part of `npm run bench` (server): what size costs the inbox and the contacts list. A busy number gathers hundreds of
// thousands of conversations in days, and every list call runs on the event loop that also answers the webhooks:
// a page that scans them all stalls every customer's reply. The same calls against a workspace of SMALL
// conversations (same process, its own database) are the baseline; medians of calls timed one by one, in turn.
import { PAUSED_UNTIL_RESUMED } from '../src/store/conversations.ts';
import { createTestApp, type TestApp } from '../src/testing/createTestApp.ts';
import { median } from './median.ts';

const LARGE = Number(process.env.BENCH_SCALE_CONVERSATIONS ?? 300_000);
const SMALL = 3_000;
const CALLS = 9;
const DAY = 24 * 60 * 60_000;

/**
 * A workspace of `count` contacts, each with a conversation and a message, active over the last 30 days: a quarter
 * closed, a third of the open ones unread (none of the closed), one in two with a waiting session, and 400 the
 * admin's and 400 handed off whatever the size (a page or more in both workspaces: the ratio shows what size
 * costs, not what a fuller page does).
 */
async function workspaceOf(count: number): Promise<TestApp> {
  const t = await createTestApp();
  const channelId = t.db.prepare('SELECT id FROM channels WHERE workspace_id = ?').pluck().get(t.workspaceId);
  const memberId = t.db.prepare('SELECT id FROM members WHERE workspace_id = ?').pluck().get(t.workspaceId);
  const version = t.db
    .prepare('SELECT flow_id, version FROM flow_versions WHERE workspace_id = ?')
    .get(t.workspaceId) as {
    flow_id: string;
    version: number;
  };
  const now = t.clock.now();
  const spacing = Math.floor((30 * DAY) / count);
  t.db.transaction(() => {
    t.db
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @count)
         INSERT INTO contacts (id, workspace_id, wa_id, name, created_at, updated_at)
         SELECT printf('ct_%08d', i), @workspaceId, printf('1555%08d', i), 'Contact ' || i, @now - i * @spacing,
           @now - i * @spacing FROM n`,
      )
      .run({ count, workspaceId: t.workspaceId, now, spacing });
    t.db
      .prepare(
        `INSERT INTO conversations (id, workspace_id, channel_id, contact_id, facts, last_activity_at, created_at,
           unread, assigned_agent, bot_paused_until, closed_at)
         SELECT 'cv' || substr(id, 3), workspace_id, @channelId, id,
           json_object('lastCustomerMessageAt', created_at), created_at, created_at, rowid % 3 = 0 AND rowid % 4 != 1,
           CASE WHEN rowid % @few = 1 THEN @memberId END, CASE WHEN rowid % @few = 2 THEN @handedOff END,
           CASE WHEN rowid % 4 = 1 THEN created_at END
         FROM contacts WHERE workspace_id = @workspaceId`,
      )
      .run({
        channelId,
        memberId,
        handedOff: PAUSED_UNTIL_RESUMED,
        workspaceId: t.workspaceId,
        few: Math.floor(count / 400),
      });
    t.db
      .prepare(
        `INSERT INTO messages (workspace_id, conversation_id, direction, sender, wamid, type, content, status, sent_at,
           created_at)
         SELECT workspace_id, id, 'in', 'customer', 'wamid.' || id, 'text', '{"type":"text","text":"Hello there"}',
           'received', created_at, created_at FROM conversations WHERE workspace_id = ?`,
      )
      .run(t.workspaceId);
    t.db
      .prepare(
        `INSERT INTO sessions (id, workspace_id, conversation_id, flow_id, flow_version, status, snapshot, started_at,
           updated_at)
         SELECT 'ss' || substr(id, 3), workspace_id, id, ?, ?, 'waiting', '{}', created_at, created_at
         FROM conversations WHERE workspace_id = ? AND rowid % 2 = 0`,
      )
      .run(version.flow_id, version.version, t.workspaceId);
    // Each session's first step, as the lead-qualification bot writes it (flow results read them all).
    t.db
      .prepare(
        `INSERT INTO session_steps (session_id, seq, entries)
         SELECT id, 1, concat_ws(char(10),
           json_object('at', started_at, 'kind', 'event', 'event', 'inbound', 'detail', 'text'),
           json_object('kind', 'enter', 'nodeId', 'welcome', 'at', started_at),
           json_object('kind', 'policy', 'nodeId', 'welcome', 'allowed', json('true'),
             'reason', 'Free: inside the 24-hour customer-service window, 1 d left.', 'at', started_at),
           json_object('kind', 'effect', 'effect', 'send', 'nodeId', 'welcome', 'effectId', id || ':1',
             'at', started_at), '')
         FROM sessions WHERE workspace_id = ?`,
      )
      .run(t.workspaceId);
  })();
  return t;
}

const CALLS_MEASURED: [string, string][] = [
  ['inbox: open conversations and the filter counts', '/api/inbox/conversations'],
  ['inbox: mine', '/api/inbox/conversations?assignee=me'],
  ['inbox: unread', '/api/inbox/conversations?unread=1'],
  ['inbox: handed off', '/api/inbox/conversations?bot=handedOff'],
  ['inbox: window open', '/api/inbox/conversations?window=open'],
  ['inbox: bot running', '/api/inbox/conversations?bot=running'],
  ['inbox: unread among the closed (none: a walk of all)', '/api/inbox/conversations?status=closed&unread=1'],
  ['contacts: newest changes first', '/api/contacts'],
  ['contacts: search a name or number', '/api/contacts?search=nobody'],
  ['contacts: with a tag', '/api/contacts?tag=vip'],
  ['inbox: search a word in every message', '/api/inbox/conversations?q=nowhere'],
  // Linear by design: it reads the steps of every session of the period (a half of the conversations have one).
  ['flow results: the sessions of the last 7 days', '/api/flows/lead-qualification/analytics?days=7'],
];

const large = await workspaceOf(LARGE);
const small = await workspaceOf(SMALL);
try {
  const timed = async (t: TestApp, path: string) => {
    const started = performance.now();
    const { status } = await t.api('GET', path);
    if (status !== 200) throw new Error(`${path}: ${status}`);
    return performance.now() - started;
  };
  console.log(
    `\nlist calls with ${LARGE} conversations vs ${SMALL} (median of ${CALLS}; ratio 1.0 = size costs nothing)`,
  );
  // The event loop's longest pause while the large workspace's calls run (a 1 ms timer's lateness): what every
  // webhook arriving meanwhile would wait.
  let stall = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 1);
    last = now;
  }, 1);
  for (const [what, path] of CALLS_MEASURED) {
    const largeTimes: number[] = [];
    const smallTimes: number[] = [];
    let longestStall = 0;
    await timed(large, path); // warm-up: compiled statements, the page cache
    await timed(small, path);
    for (let i = 0; i < CALLS; i++) {
      stall = 0;
      last = performance.now();
      largeTimes.push(await timed(large, path));
      await new Promise((resolve) => setTimeout(resolve, 3)); // the timer's next turn sees the pause
      longestStall = Math.max(longestStall, stall);
      smallTimes.push(await timed(small, path));
    }
    const [l, s] = [median(largeTimes), median(smallTimes)];
    console.log(
      `  ${what.padEnd(48)} ${l.toFixed(1).padStart(7)} ms vs ${s.toFixed(1).padStart(5)} ms (ratio ${(l / s).toFixed(1).padStart(4)});` +
        ` event loop held up to ${longestStall.toFixed(0)} ms`,
    );
  }
  clearInterval(ticker);
  console.log('');
} finally {
  await large.close();
  await small.close();
}
