import type { ConversationNote, InboxConversation, OptIn, SessionSummary, StoredMessage } from './inbox.ts';

/** `GET /api/contacts` rows and `GET /api/contacts/:id` (without leads). */
export interface Contact {
  id: string;
  waId: string;
  name: string | null;
  fields: Record<string, string>;
  tags: string[];
  optIn: OptIn;
  optInAt: number | null;
  optInMethod: string | null;
  optInSource: string | null;
  marketingOptOut: boolean;
  /** When the contact first wrote; null while they never did (a "new contact" for triggers). */
  firstInboundAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface Lead {
  id: string;
  contactId: string;
  pipeline: string;
  stage: string;
  value: number | null;
  createdAt: number;
  updatedAt: number;
}

/** `GET /api/crm/contacts/:id/history`. */
export interface ContactHistory {
  contact: Contact;
  leads: Lead[];
  conversations: InboxConversation[];
  sessions: SessionSummary[];
  notes: ConversationNote[];
  messages: StoredMessage[];
}

export interface BoardStage {
  id: string;
  name: string;
  position: number;
  /** Published flows a move into this stage starts. */
  flows: { id: string; name: string; version: number }[];
  /** Leads in the stage (the board shows the most recently moved of them), and their summed value. */
  total: number;
  value: number;
}

export interface BoardLead extends Lead {
  stageId: string | null;
  contact: { id: string; waId: string; name: string | null; tags: string[]; optIn: OptIn } | null;
  conversation: { id: string; lastActivityAt: number; unread: number } | null;
}

/** `GET /api/crm/board`. */
export interface Board {
  pipelines: { id: string; name: string }[];
  pipeline: { id: string; name: string } | null;
  stages: BoardStage[];
  leads: BoardLead[];
}

/** `PATCH /api/leads/:id`. */
export type MovedLead = Lead & { changed: boolean; sessionId: string | null };
