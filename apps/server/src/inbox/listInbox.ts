import type { InboxPage } from '@salesbot/api';
import { DEFAULT_RULE_SETS, ruleSetAt } from '@salesbot/policy';
import { z } from 'zod';
import type { Db } from '../db/openDatabase.ts';
import type { ReadWorker } from '../db/readWorker.ts';
import { stmt } from '../db/stmt.ts';
import { PAUSED_UNTIL_RESUMED } from '../store/conversations.ts';
import { type ConversationRowWithClosure, toInboxConversation } from './inboxRow.ts';

/** `GET /api/inbox/conversations` query parameters; every filter narrows the list (they combine with AND). */
export const inboxQuerySchema = z.object({
  /** open (default): not closed; closed; all. */
  status: z.enum(['open', 'closed', 'all']).default('open'),
  unread: z.enum(['1', 'true']).optional(),
  /** me: assigned to the caller; unassigned: no agent and no team; team: see `team`. */
  assignee: z.enum(['me', 'unassigned', 'team']).optional(),
  team: z.string().max(100).optional(),
  bot: z.enum(['running', 'paused', 'handedOff', 'idle']).optional(),
  window: z.enum(['open', 'closed']).optional(),
  /** Matches the contact's name, the phone number (digits) and the text of any message. */
  q: z.string().max(200).optional(),
  /** The `nextCursor` of the previous page. */
  cursor: z
    .string()
    .regex(/^\d+:[\w-]+$/)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type InboxQuery = z.infer<typeof inboxQuerySchema>;

/**
 * Text a message carries, wherever its kind keeps it (inbound text, answers' titles, captions, bubbles with their
 * header and footer, template bodies), all of it: a word in an interactive message's header is found too.
 */
const MESSAGE_TEXT = [
  '$.text',
  '$.title',
  '$.caption',
  '$.message.text.body',
  '$.message.interactive.header.text',
  '$.message.interactive.body.text',
  '$.message.interactive.footer.text',
  '$.display.body',
  '$.message.image.caption',
  '$.message.video.caption',
  '$.message.document.caption',
]
  .map((path) => `coalesce(json_extract(m.content, '${path}'), '')`)
  .join(` || ' ' || `);

const ACTIVE_SESSION = `EXISTS (SELECT 1 FROM sessions s WHERE s.conversation_id = c.id AND s.status = 'waiting')`;
const HOUR_MS = 60 * 60_000;
const NOT_PAUSED = '(c.bot_paused_until IS NULL OR c.bot_paused_until <= @now)';

export type { InboxPage } from '@salesbot/api';

/**
 * One page of a workspace's conversations, newest activity first, filtered and searched in SQL. The window filter
 * uses the 24-hour length of the rule set in force now (every rule set so far has the same). The page's rows are
 * read by `reader`, off the event loop: a search, or a filter whose matches are few and have no index of their own
 * (nothing unread, nobody's bot running, everything assigned…), reads every conversation until the page is full.
 */
export async function listInbox(
  db: Db,
  reader: ReadWorker,
  input: { workspaceId: string; memberId: string; now: number; query: InboxQuery },
): Promise<InboxPage> {
  const { query, now } = input;
  const where = ['c.workspace_id = @workspaceId'];
  const params: Record<string, string | number> = {
    workspaceId: input.workspaceId,
    memberId: input.memberId,
    now,
    handedOff: PAUSED_UNTIL_RESUMED,
  };
  if (query.status === 'open') where.push('c.closed_at IS NULL');
  if (query.status === 'closed') where.push('c.closed_at IS NOT NULL');
  if (query.unread) where.push('c.unread > 0');
  if (query.assignee === 'me') where.push('c.assigned_agent = @memberId');
  if (query.assignee === 'unassigned') where.push('c.assigned_agent IS NULL AND c.assigned_team IS NULL');
  if (query.assignee === 'team' || query.team) {
    where.push('c.assigned_team = @team');
    params.team = query.team ?? '';
  }
  if (query.bot === 'handedOff') where.push('c.bot_paused_until = @handedOff');
  if (query.bot === 'paused') where.push('c.bot_paused_until > @now AND c.bot_paused_until < @handedOff');
  if (query.bot === 'running') where.push(`${NOT_PAUSED} AND ${ACTIVE_SESSION}`);
  if (query.bot === 'idle') where.push(`${NOT_PAUSED} AND NOT ${ACTIVE_SESSION}`);
  if (query.window) {
    const open = "coalesce(json_extract(c.facts, '$.lastCustomerMessageAt'), -1) > @windowStart";
    // A customer message moves the conversation's activity to when it was applied, after the message: an open
    // window means activity inside it (give or take WhatsApp's clock against ours: an hour of slack), so the
    // newest-first walk stops near its start instead of reading every conversation.
    where.push(
      query.window === 'open' ? `c.last_activity_at > @windowStart - ${HOUR_MS} AND ${open}` : `NOT (${open})`,
    );
    params.windowStart = now - ruleSetAt(now, DEFAULT_RULE_SETS).customerServiceWindowMs;
  }
  const search = query.q?.trim();
  if (search) {
    params.like = `%${escapeLike(search)}%`;
    const digits = search.replace(/[\s+()-]/g, '');
    const phone = /^\d{3,}$/.test(digits) ? ` OR ct.wa_id LIKE @digits ESCAPE '\\'` : '';
    if (phone) params.digits = `%${digits}%`;
    where.push(`(ct.name LIKE @like ESCAPE '\\'${phone}
      OR EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND ${MESSAGE_TEXT} LIKE @like ESCAPE '\\'))`);
  }
  if (query.cursor) {
    const [at, id] = query.cursor.split(':');
    where.push('(c.last_activity_at < @cursorAt OR (c.last_activity_at = @cursorAt AND c.id > @cursorId))');
    params.cursorAt = Number(at);
    params.cursorId = id ?? '';
  }
  params.limit = query.limit + 1;
  const sql = `SELECT c.* FROM conversations c JOIN contacts ct ON ct.id = c.contact_id WHERE ${where.join(' AND ')}
     ORDER BY c.last_activity_at DESC, c.id LIMIT @limit`;
  const rows = await reader.all<Parameters<typeof toInboxConversation>[1] & ConversationRowWithClosure>(sql, params);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    now,
    conversations: page.map((row) => toInboxConversation(db, row, now)),
    nextCursor: rows.length > query.limit && last ? `${last.last_activity_at}:${last.id}` : null,
    counts: countOpen(db, input.workspaceId, input.memberId),
  };
}

/** The filter bar's counts, kept by triggers (migration 102): no scan of the open conversations. */
function countOpen(db: Db, workspaceId: string, memberId: string): InboxPage['counts'] {
  const counts = { open: 0, unread: 0, mine: 0, unassigned: 0, handedOff: 0 };
  const rows = stmt(
    db,
    `SELECT name, n FROM inbox_counts WHERE workspace_id = ?
       AND name IN ('open', 'unread', 'unassigned', 'handedOff', 'agent:' || ?)`,
  ).all(workspaceId, memberId) as { name: string; n: number }[];
  for (const { name, n } of rows) counts[name.startsWith('agent:') ? 'mine' : (name as keyof typeof counts)] = n;
  return counts;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
