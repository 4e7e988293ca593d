import { getWindowState } from '@salesbot/policy';
import { sessionSummary } from '../bot/runSession.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { type Conversation, PAUSED_UNTIL_RESUMED, toConversation } from '../store/conversations.ts';
import { readJson } from '../store/json.ts';
import { type StoredMessage, toMessage } from '../store/messages.ts';
import { getActiveSession } from '../store/sessions.ts';

/**
 * What the bot may do in a conversation: `running` — a session waits for the customer; `paused` — a human replied
 * and the bot is quiet until `pausedUntil`; `handedOff` — paused until an agent hands back; `idle` — nothing runs
 * (the next message may start a flow).
 */
export type BotState = 'running' | 'paused' | 'handedOff' | 'idle';

/** A conversation as the inbox lists and shows it. */
export interface InboxConversation {
  id: string;
  channel: { id: string; name: string; displayPhoneNumber: string | null };
  contact: {
    id: string;
    waId: string;
    name: string | null;
    tags: string[];
    optIn: 'optedIn' | 'optedOut' | 'unknown';
    marketingOptOut: boolean;
    fields: Record<string, string>;
  };
  lastActivityAt: number;
  unread: number;
  assignedTeam: string | null;
  /** A member id when assigned in the inbox; whatever the flow named when a bot's handoff did it. */
  assignedAgent: string | null;
  /** The member's name when `assignedAgent` is a member of the workspace. */
  assignedAgentName: string | null;
  bot: { state: BotState; pausedUntil: number | null };
  session: ReturnType<typeof sessionSummary> | null;
  facts: Conversation['facts'];
  window: ReturnType<typeof getWindowState>;
  closedAt: number | null;
  closedBy: string | null;
  lastMessage: StoredMessage | null;
}

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
