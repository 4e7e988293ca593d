import type { BotState, InboxConversation } from '@salesbot/api';
import { getWindowState } from '@salesbot/policy';
import { sessionSummary } from '../bot/runSession.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { type Conversation, PAUSED_UNTIL_RESUMED, toConversation } from '../store/conversations.ts';
import { readJson } from '../store/json.ts';
import { toMessage } from '../store/messages.ts';
import { getActiveSession } from '../store/sessions.ts';

// The view's shape is the API's (packages/api), shared with the editor.
export type { BotState, InboxConversation } from '@salesbot/api';

export interface ConversationRowWithClosure {
  closed_at: number | null;
  closed_by: string | null;
}

/** Builds the inbox's view of one conversation row (`SELECT * FROM conversations`) at `now`. */
export function toInboxConversation(
  db: Db,
  row: Parameters<typeof toConversation>[0] & ConversationRowWithClosure,
  now: number,
): InboxConversation {
  const conversation = toConversation(row);
  const contact = stmt(
    db,
    'SELECT id, wa_id, name, tags, fields, opt_in, marketing_opt_out FROM contacts WHERE id = ?',
  ).get(conversation.contactId) as {
    id: string;
    wa_id: string;
    name: string | null;
    tags: string;
    fields: string;
    opt_in: InboxConversation['contact']['optIn'];
    marketing_opt_out: number;
  };
  const channel = stmt(db, 'SELECT id, name, display_phone_number FROM channels WHERE id = ?').get(
    conversation.channelId,
  ) as { id: string; name: string; display_phone_number: string | null };
  const session = getActiveSession(db, conversation.id);
  const last = stmt(db, 'SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 1').get(
    conversation.id,
  ) as Parameters<typeof toMessage>[0] | undefined;
  const agentName = conversation.assignedAgent
    ? ((stmt(db, 'SELECT name FROM members WHERE id = ? AND workspace_id = ?')
        .pluck()
        .get(conversation.assignedAgent, conversation.workspaceId) as string | undefined) ?? null)
    : null;
  return {
    id: conversation.id,
    channel: { id: channel.id, name: channel.name, displayPhoneNumber: channel.display_phone_number },
    contact: {
      id: contact.id,
      waId: contact.wa_id,
      name: contact.name,
      tags: readJson(contact.tags, []),
      optIn: contact.opt_in,
      marketingOptOut: contact.marketing_opt_out === 1,
      fields: readJson(contact.fields, {}),
    },
    lastActivityAt: conversation.lastActivityAt,
    unread: conversation.unread,
    assignedTeam: conversation.assignedTeam,
    assignedAgent: conversation.assignedAgent,
    assignedAgentName: agentName,
    bot: {
      state: botState(conversation.botPausedUntil, session !== null, now),
      pausedUntil: pausedUntil(conversation, now),
    },
    session: session ? sessionSummary(session) : null,
    facts: conversation.facts,
    window: getWindowState(conversation.facts, now),
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    lastMessage: last ? toMessage(last) : null,
  };
}

/** The bot's state from the pause and whether a session runs. */
export function botState(botPausedUntil: number | null, hasSession: boolean, now: number): BotState {
  if (botPausedUntil === PAUSED_UNTIL_RESUMED) return 'handedOff';
  if (botPausedUntil !== null && botPausedUntil > now) return 'paused';
  return hasSession ? 'running' : 'idle';
}

function pausedUntil(conversation: Conversation, now: number): number | null {
  const until = conversation.botPausedUntil;
  return until !== null && until > now && until !== PAUSED_UNTIL_RESUMED ? until : null;
}
