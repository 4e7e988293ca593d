import type { TraceEntry } from '@salesbot/engine';
import type { ConversationFacts, PriceCategory, WindowState } from '@salesbot/policy';

/** What the bot may do in a conversation (see the server's `inbox/inboxRow.ts`). */
export type BotState = 'running' | 'paused' | 'handedOff' | 'idle';

export type OptIn = 'optedIn' | 'optedOut' | 'unknown';

/** `GET /api/sessions` rows and the `session` of a conversation. */
export interface SessionSummary {
  id: string;
  conversationId: string;
  flowId: string;
  flowVersion: number;
  status: 'waiting' | 'ended';
  waitingNode: string | null;
  endReason: string | null;
  updatedAt: number;
  startedAt?: number;
  endedAt?: number | null;
}

/** `GET /api/sessions/:id`. */
export interface SessionDetail extends SessionSummary {
  triggerId: string | null;
  endDetail: string | null;
  timers: { timerId: string; nodeId: string | null; dueAt: number; state: string }[];
  trace: TraceEntry[];
}

/** A stored message (`GET /api/conversations/:id/messages`). */
export interface InboxMessage {
  id: number;
  conversationId: string;
  direction: 'in' | 'out';
  sender: 'customer' | 'bot' | 'agent' | 'echo' | 'broadcast';
  wamid: string | null;
  type: string;
  content: unknown;
  sessionId: string | null;
  status: 'received' | 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'played' | 'failed';
  statusAt: number | null;
  price: PriceCategory | null;
  errorCode: number | null;
  errorMessage: string | null;
  sentAt: number;
  createdAt: number;
}

/** A conversation as the inbox lists and shows it (`GET /api/inbox/conversations`). */
export interface InboxConversation {
  id: string;
  channel: { id: string; name: string; displayPhoneNumber: string | null };
  contact: {
    id: string;
    waId: string;
    name: string | null;
    tags: string[];
    optIn: OptIn;
    marketingOptOut: boolean;
    fields: Record<string, string>;
  };
  lastActivityAt: number;
  unread: number;
  assignedTeam: string | null;
  assignedAgent: string | null;
  assignedAgentName: string | null;
  bot: { state: BotState; pausedUntil: number | null };
  session: SessionSummary | null;
  facts: ConversationFacts;
  window: WindowState;
  closedAt: number | null;
  closedBy: string | null;
  lastMessage: InboxMessage | null;
}

export interface InboxCounts {
  open: number;
  unread: number;
  mine: number;
  unassigned: number;
  handedOff: number;
}

export interface InboxPage {
  now: number;
  conversations: InboxConversation[];
  nextCursor: string | null;
  counts: InboxCounts;
}

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

export interface ConversationNote {
  id: number;
  conversationId: string;
  kind: 'handoff' | 'note' | 'system';
  author: string | null;
  text: string;
  createdAt: number;
  /** The newest message when the note was made: the note is shown after it. */
  afterMessageId: number | null;
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
