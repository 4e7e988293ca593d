import type { BotState } from '@salesbot/api';

// The API's shapes, shared with the server (packages/api): the server's serializers are typed with them.
export type {
  BotState,
  ConversationNote,
  InboxConversation,
  InboxCounts,
  InboxPage,
  OptIn,
  SessionDetail,
  SessionSummary,
  StoredMessage as InboxMessage,
} from '@salesbot/api';

/** The list's filters, as the URL and `GET /api/inbox/conversations` carry them. */
export interface InboxFilter {
  status: 'open' | 'closed' | 'all';
  unread: boolean;
  assignee: 'me' | 'unassigned' | 'team' | null;
  team: string | null;
  bot: BotState | null;
  window: 'open' | 'closed' | null;
  q: string;
}

export interface Assignees {
  members: { id: string; name: string; role: 'admin' | 'agent'; teamId: string | null }[];
  teams: string[];
}

export interface InboxSettings {
  optOutKeywords: string[];
  optInKeywords: string[];
  optOutConfirmation: string;
  optInConfirmation: string;
  humanReplyPauseMinutes: number | null;
}

/** `GET /api/me`. */
export interface Me {
  memberId: string;
  workspaceId: string;
  role: 'admin' | 'agent';
  name: string;
}
