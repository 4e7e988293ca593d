import { type ConversationFacts, EMPTY_FACTS } from '@salesbot/policy';
import { newId } from '../db/ids.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import { readJson } from './json.ts';

/** A channel's chat with one contact. */
export interface Conversation {
  id: string;
  workspaceId: string;
  channelId: string;
  contactId: string;
  facts: ConversationFacts;
  lastActivityAt: number;
  lastEventAt: number;
  assignedTeam: string | null;
  assignedAgent: string | null;
  botPausedUntil: number | null;
  unread: number;
  createdAt: number;
}

interface ConversationRow {
  id: string;
  workspace_id: string;
  channel_id: string;
  contact_id: string;
  facts: string;
  last_activity_at: number;
  last_event_at: number;
  assigned_team: string | null;
  assigned_agent: string | null;
  bot_paused_until: number | null;
  unread: number;
  created_at: number;
}

/** "Paused until an agent resumes the bot" (a handoff). */
export const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

export function toConversation(row: ConversationRow): Conversation {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    channelId: row.channel_id,
    contactId: row.contact_id,
    facts: readJson(row.facts, EMPTY_FACTS),
    lastActivityAt: row.last_activity_at,
    lastEventAt: row.last_event_at,
    assignedTeam: row.assigned_team,
    assignedAgent: row.assigned_agent,
    botPausedUntil: row.bot_paused_until,
    unread: row.unread,
    createdAt: row.created_at,
  };
}

export function getConversation(db: Db, id: string): Conversation | null {
  const row = stmt(db, 'SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow | undefined;
  return row ? toConversation(row) : null;
}

/** The conversation of this channel with this contact, created when new. */
export function upsertConversation(
  db: Db,
  workspaceId: string,
  channelId: string,
  contactId: string,
  now: number,
): Conversation {
  const row = stmt(db, 'SELECT * FROM conversations WHERE channel_id = ? AND contact_id = ?').get(
    channelId,
    contactId,
  ) as ConversationRow | undefined;
  return row ? toConversation(row) : createConversation(db, workspaceId, channelId, contactId, now);
}

/** A new conversation (the caller knows there is none yet: the contact was just created). */
export function createConversation(
  db: Db,
  workspaceId: string,
  channelId: string,
  contactId: string,
  now: number,
): Conversation {
  const conversation: Conversation = {
    id: newId('cv'),
    workspaceId,
    channelId,
    contactId,
    facts: { ...EMPTY_FACTS },
    lastActivityAt: now,
    lastEventAt: 0,
    assignedTeam: null,
    assignedAgent: null,
    botPausedUntil: null,
    unread: 0,
    createdAt: now,
  };
  stmt(
    db,
    `INSERT INTO conversations (id, workspace_id, channel_id, contact_id, facts, last_activity_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(conversation.id, workspaceId, channelId, contactId, JSON.stringify(conversation.facts), now, now);
  return conversation;
}

/** Writes the mutable parts of a conversation back. */
export function saveConversation(db: Db, conversation: Conversation): void {
  stmt(
    db,
    `UPDATE conversations SET facts = @facts, last_activity_at = @lastActivityAt, last_event_at = @lastEventAt,
       assigned_team = @assignedTeam, assigned_agent = @assignedAgent, bot_paused_until = @botPausedUntil,
       unread = @unread WHERE id = @id`,
  ).run({
    id: conversation.id,
    facts: JSON.stringify(conversation.facts),
    lastActivityAt: conversation.lastActivityAt,
    lastEventAt: conversation.lastEventAt,
    assignedTeam: conversation.assignedTeam,
    assignedAgent: conversation.assignedAgent,
    botPausedUntil: conversation.botPausedUntil,
    unread: conversation.unread,
  });
}
