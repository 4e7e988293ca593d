import type { OutboundMessage } from '@salesbot/whatsapp';
import { api } from '../auth/session.ts';
import type {
  Assignees,
  ConversationNote,
  InboxConversation,
  InboxFilter,
  InboxMessage,
  InboxPage,
  InboxSettings,
  Me,
  SessionDetail,
  SessionSummary,
} from './inboxTypes.ts';

type Viewed = InboxConversation & { now: number };
const conversation = (id: string) => `/inbox/conversations/${encodeURIComponent(id)}`;

/** The inbox's calls of docs/api.md (through the app's client: the token, 401 handling, `ApiError`). */
export const inboxApi = {
  me: () => api.request<Me>('GET', '/me'),
  clock: () => api.request<{ now: number; manual: boolean }>('GET', '/inbox/clock'),
  list: (filter: InboxFilter, cursor?: string | null) =>
    api.request<InboxPage>('GET', `/inbox/conversations?${filterQuery(filter, cursor)}`),
  get: (id: string) => api.request<Viewed>('GET', conversation(id)),
  messages: (id: string) =>
    api.request<InboxMessage[]>('GET', `/conversations/${encodeURIComponent(id)}/messages?limit=500`),
  notes: (id: string) => api.request<ConversationNote[]>('GET', `${conversation(id)}/notes`),
  addNote: (id: string, text: string) => api.request<ConversationNote>('POST', `${conversation(id)}/notes`, { text }),
  send: (id: string, body: { text: string } | { message: OutboundMessage }) =>
    api.request<InboxMessage>('POST', `/conversations/${encodeURIComponent(id)}/messages`, body),
  markRead: (id: string) => api.request<unknown>('POST', `/conversations/${encodeURIComponent(id)}/read`),
  takeOver: (id: string) => api.request<Viewed>('POST', `${conversation(id)}/take-over`),
  handBack: (id: string, flowId?: string) =>
    api.request<Viewed>('POST', `${conversation(id)}/hand-back`, flowId ? { flowId } : {}),
  close: (id: string) => api.request<Viewed>('POST', `${conversation(id)}/close`),
  reopen: (id: string) => api.request<Viewed>('POST', `${conversation(id)}/reopen`),
  assign: (id: string, body: { agentId?: string | null; team?: string | null }) =>
    api.request<Viewed>('POST', `${conversation(id)}/assign`, body),
  assignees: () => api.request<Assignees>('GET', '/inbox/assignees'),
  sessions: (conversationId: string) =>
    api.request<SessionSummary[]>('GET', `/sessions?conversation=${encodeURIComponent(conversationId)}&limit=20`),
  session: (id: string) => api.request<SessionDetail>('GET', `/sessions/${encodeURIComponent(id)}`),
  stopSession: (id: string) => api.request<SessionSummary>('POST', `/sessions/${encodeURIComponent(id)}/stop`),
  settings: () => api.request<InboxSettings>('GET', '/inbox/settings'),
  saveSettings: (settings: Partial<InboxSettings>) => api.request<InboxSettings>('PUT', '/inbox/settings', settings),
};

/** The list's query string for a filter (only what narrows it). */
export function filterQuery(filter: InboxFilter, cursor?: string | null): string {
  const query = new URLSearchParams();
  if (filter.status !== 'open') query.set('status', filter.status);
  if (filter.unread) query.set('unread', '1');
  if (filter.assignee) query.set('assignee', filter.assignee);
  if (filter.assignee === 'team' && filter.team) query.set('team', filter.team);
  if (filter.bot) query.set('bot', filter.bot);
  if (filter.window) query.set('window', filter.window);
  if (filter.q.trim()) query.set('q', filter.q.trim());
  if (cursor) query.set('cursor', cursor);
  return query.toString();
}
