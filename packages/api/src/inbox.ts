import type { TraceEntry } from '@salesbot/engine';
import type { ConversationFacts, PriceCategory, WindowState } from '@salesbot/policy';

/**
 * What the bot may do in a conversation: `running` — a session waits for the customer; `paused` — a human replied
 * and the bot is quiet until `pausedUntil`; `handedOff` — paused until an agent hands back; `idle` — nothing runs
 * (the next message may start a flow).
 */
export type BotState = 'running' | 'paused' | 'handedOff' | 'idle';

export type OptIn = 'optedIn' | 'optedOut' | 'unknown';

export type MessageSender = 'customer' | 'bot' | 'agent' | 'echo' | 'broadcast';

export type MessageStatus = 'received' | 'queued' | 'sending' | 'sent' | 'delivered' | 'read' | 'played' | 'failed';

/** A stored message, in or out (`GET /api/conversations/:id/messages`, a conversation's `lastMessage`). */
export interface StoredMessage {
  id: number;
  conversationId: string;
  direction: 'in' | 'out';
  sender: MessageSender;
  wamid: string | null;
  type: string;
  content: unknown;
  sessionId: string | null;
  outboxId: string | null;
  status: MessageStatus;
  statusAt: number | null;
  /** The price category WhatsApp charged (or the policy expects): null for inbound messages and unknown ones. */
  price: PriceCategory | null;
  /** WhatsApp's `pricing` object from the status webhook, as it came. */
  pricing: unknown;
  errorCode: number | null;
  errorMessage: string | null;
  sentAt: number;
  createdAt: number;
}

/** `GET /api/sessions` rows and the `session` of a conversation. */
export interface SessionSummary {
  id: string;
  conversationId: string;
  flowId: string;
  flowVersion: number;
  status: 'waiting' | 'ended';
  waitingNode: string | null;
  /** `GET /api/sessions` and `/sessions/:id`: the label of the step it waits on, in the session's version (if it has one). */
  waitingLabel?: string | null;
  endReason: string | null;
  updatedAt: number;
  startedAt?: number;
  endedAt?: number | null;
}

/** `GET /api/sessions/:id`. */
export interface SessionDetail extends SessionSummary {
  triggerId: string | null;
  endDetail: string | null;
  /** The engine's persisted snapshot (the machine's state value and context), as stored. */
  snapshot: unknown;
  timers: { timerId: string; nodeId: string | null; dueAt: number; state: string }[];
  trace: TraceEntry[];
}

/** A conversation as the inbox lists and shows it (`GET /api/inbox/conversations`, `…/conversations/:id`). */
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
  /** A member id when assigned in the inbox; whatever the flow named when a bot's handoff did it. */
  assignedAgent: string | null;
  /** The member's name when `assignedAgent` is a member of the workspace. */
  assignedAgentName: string | null;
  bot: { state: BotState; pausedUntil: number | null };
  session: SessionSummary | null;
  facts: ConversationFacts;
  window: WindowState;
  closedAt: number | null;
  closedBy: string | null;
  lastMessage: StoredMessage | null;
}

/** Open conversations per quick filter, for the inbox's filter bar. */
export interface InboxCounts {
  open: number;
  unread: number;
  mine: number;
  unassigned: number;
  handedOff: number;
}

/** `GET /api/inbox/conversations`. */
export interface InboxPage {
  now: number;
  conversations: InboxConversation[];
  /** Pass as `cursor` for the next page; null on the last one. */
  nextCursor: string | null;
  counts: InboxCounts;
}

/** `handoff`: a bot's handoff step; `note`: an agent wrote it; `system`: what happened (took over, opted out…). */
export type NoteKind = 'handoff' | 'note' | 'system';

/** Something agents see beside a conversation's messages and the customer never does. */
export interface ConversationNote {
  id: number;
  conversationId: string;
  kind: NoteKind;
  author: string | null;
  text: string;
  createdAt: number;
  /** The conversation's newest message when the note was made (null before any): where it goes in the history. */
  afterMessageId: number | null;
}
