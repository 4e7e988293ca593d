import { create } from 'zustand';
import { errorMessage } from '../api/ApiError.ts';
import { useFlowIndex } from '../flows/useFlowNames.ts';
import { inboxApi } from './inboxApi.ts';
import type {
  Assignees,
  ConversationNote,
  InboxConversation,
  InboxCounts,
  InboxFilter,
  InboxMessage,
  Me,
  SessionSummary,
} from './inboxTypes.ts';
import { useServerClock } from './serverClock.ts';
import { coalescedCall, type WorkspaceEventType } from './workspaceEvents.ts';

export const DEFAULT_FILTER: InboxFilter = {
  status: 'open',
  unread: false,
  assignee: null,
  team: null,
  bot: null,
  window: null,
  q: '',
};

/** The open conversation: its row, history, notes and bot sessions. */
export interface OpenConversation {
  id: string;
  conversation: InboxConversation | null;
  messages: InboxMessage[];
  notes: ConversationNote[];
  sessions: SessionSummary[];
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

interface InboxState {
  me: Me | null;
  assignees: Assignees;
  filter: InboxFilter;
  conversations: InboxConversation[];
  counts: InboxCounts | null;
  nextCursor: string | null;
  listStatus: 'idle' | 'loading' | 'ready' | 'error';
  listError: string | null;
  open: OpenConversation | null;
  start(): Promise<void>;
  setFilter(change: Partial<InboxFilter>): void;
  loadList(): Promise<void>;
  loadMore(): Promise<void>;
  select(id: string | null): Promise<void>;
  refreshOpen(): Promise<void>;
  /** Puts a conversation an action answered with into the list and the open view. */
  accept(conversation: InboxConversation & { now?: number }): void;
  /** A workspace event: refreshes what it concerns (coalesced). */
  onEvent(type: WorkspaceEventType | 'resync', data: Record<string, unknown>): void;
}

let listGeneration = 0;
let openGeneration = 0;
export const LIST_REFRESH_MS = 120;
/** The list (a page of conversations and the filter counts) reloads at most this often while events stream in. */
export const LIST_MIN_INTERVAL_MS = 1000;
export const OPEN_REFRESH_MS = 80;
/** A customer message for the open conversation came among the events its pending refresh covers. */
let openInbound = false;

/** The inbox: the filtered list, the open conversation, and live refreshes from the event stream. */
export const useInbox = create<InboxState>()((set, get) => {
  // Live refreshes, one per burst of events (coalescedCall): the list at most about once a second while they stream.
  const listRefresh = coalescedCall(() => void get().loadList(), LIST_REFRESH_MS, LIST_MIN_INTERVAL_MS);
  const openRefresh = coalescedCall(() => {
    const inbound = openInbound;
    openInbound = false;
    void get().refreshOpen();
    const open = get().open;
    // The agent is looking at it: what just came in is read.
    if (inbound && open && document.visibilityState === 'visible')
      void inboxApi.markRead(open.id).catch(() => undefined);
  }, OPEN_REFRESH_MS);
  return {
    me: null,
    assignees: { members: [], teams: [] },
    filter: DEFAULT_FILTER,
    conversations: [],
    counts: null,
    nextCursor: null,
    listStatus: 'idle',
    listError: null,
    open: null,

    async start() {
      // Flow names for "Bot · Lead qualification" (read again on each visit: flows get renamed).
      void useFlowIndex.getState().load();
      const [me, assignees] = await Promise.all([
        inboxApi.me().catch(() => null),
        inboxApi.assignees().catch(() => ({ members: [], teams: [] })),
      ]);
      set({ me, assignees });
    },

    setFilter(change) {
      set((state) => ({ filter: { ...state.filter, ...change } }));
      void get().loadList();
    },

    async loadList() {
      const generation = ++listGeneration;
      if (get().listStatus !== 'ready') set({ listStatus: 'loading' });
      try {
        const page = await inboxApi.list(get().filter);
        if (generation !== listGeneration) return;
        useServerClock.getState().observe(page.now);
        set({
          conversations: page.conversations,
          counts: page.counts,
          nextCursor: page.nextCursor,
          listStatus: 'ready',
          listError: null,
        });
      } catch (error) {
        if (generation === listGeneration) set({ listStatus: 'error', listError: errorMessage(error) });
      }
    },

    async loadMore() {
      const cursor = get().nextCursor;
      if (!cursor) return;
      const generation = listGeneration;
      const page = await inboxApi.list(get().filter, cursor);
      if (generation !== listGeneration) return;
      const known = new Set(get().conversations.map((row) => row.id));
      set({
        conversations: [...get().conversations, ...page.conversations.filter((row) => !known.has(row.id))],
        nextCursor: page.nextCursor,
      });
    },

    async select(id) {
      if (get().open?.id === id) return;
      if (!id) {
        set({ open: null });
        return;
      }
      set({
        open: {
          id,
          conversation: get().conversations.find((row) => row.id === id) ?? null,
          messages: [],
          notes: [],
          sessions: [],
          status: 'loading',
          error: null,
        },
      });
      await get().refreshOpen();
      const open = get().open;
      if (open?.id === id && open.conversation && open.conversation.unread > 0) {
        await inboxApi.markRead(id).catch(() => undefined);
      }
    },

    async refreshOpen() {
      const open = get().open;
      if (!open) return;
      const generation = ++openGeneration;
      try {
        const [conversation, messages, notes, sessions] = await Promise.all([
          inboxApi.get(open.id),
          inboxApi.messages(open.id),
          inboxApi.notes(open.id),
          inboxApi.sessions(open.id),
        ]);
        if (generation !== openGeneration || get().open?.id !== open.id) return;
        useServerClock.getState().observe(conversation.now);
        set({ open: { id: open.id, conversation, messages, notes, sessions, status: 'ready', error: null } });
        get().accept(conversation);
      } catch (error) {
        if (generation === openGeneration && get().open?.id === open.id) {
          set({ open: { ...open, status: 'error', error: errorMessage(error) } });
        }
      }
    },

    accept(conversation) {
      set((state) => ({
        conversations: state.conversations.map((row) => (row.id === conversation.id ? conversation : row)),
        open: state.open?.id === conversation.id ? { ...state.open, conversation } : state.open,
      }));
    },

    onEvent(type, data) {
      const openId = get().open?.id;
      const about = (data.conversationId ?? (type === 'conversation.updated' ? data.id : undefined)) as
        | string
        | undefined;
      const contactId = type === 'contact.updated' ? (data.id as string | undefined) : undefined;
      const concernsOpen =
        type === 'resync' ||
        (openId !== undefined && about === openId) ||
        (contactId !== undefined && get().open?.conversation?.contact.id === contactId);
      listRefresh.trigger();
      if (concernsOpen) {
        if (type === 'message.in') openInbound = true;
        openRefresh.trigger();
      }
    },
  };
});
