import type { CustomerInput } from '@salesbot/engine';
import type { ConversationFacts } from '@salesbot/policy';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TranscriptEntry } from './previewTypes.ts';
import { type ServerMessage, sandboxBody, serverEntries } from './serverMessages.ts';

/** How the server chat reaches the server: a JSON request (throws with the API's message on failure) and SSE. */
export interface ServerTransport {
  request(method: string, path: string, body?: unknown): Promise<unknown>;
  /** Opens the workspace's event stream; calls `onEvent` per event and `onStatus` as it connects and drops. */
  events(onEvent: (type: string, data: unknown) => void, onStatus: (connected: boolean) => void): () => void;
}

export interface ServerChatState {
  contact: { waId: string; name: string };
  conversationId: string | null;
  transcript: readonly TranscriptEntry[];
  facts: ConversationFacts | null;
  session: {
    flowId: string;
    flowVersion: number;
    status: string;
    waitingNode: string | null;
    endReason: string | null;
  } | null;
  /** The server's clock in test mode (`SALESBOT_TEST_MODE=1`), which the tester can move; null otherwise. */
  clock: number | null;
  connected: boolean;
  busy: boolean;
  error: string | null;
  send(input: CustomerInput, title?: string): Promise<void>;
  /** Test mode: moves the server's clock (its due timers fire). */
  advance(ms: number): Promise<void>;
  /** A new customer (a fresh WhatsApp id): a new conversation from scratch. */
  restart(): void;
  refresh(): Promise<void>;
  /** Opens the event stream (and loads what is there); returns the function that closes it. */
  connect(): () => void;
}

type ConversationDetail = {
  facts: ConversationFacts;
  activeSession: ServerChatState['session'];
};

/**
 * The preview's "Test on the server" mode: the customer's messages go to the workspace's sandbox channel through
 * the real webhook code path (`POST /api/sandbox/inbound`), and what the published bot does comes back over the
 * event stream; the conversation is read back from the server after each event about it. Nothing happens until
 * `connect()`.
 */
export function createServerChat(
  transport: ServerTransport,
  contact: { name: string },
  newWaId: () => string = randomWaId,
): StoreApi<ServerChatState> {
  let refreshing: Promise<void> | null = null;
  let again = false;

  const store = createStore<ServerChatState>()((set, get) => ({
    contact: { waId: newWaId(), name: contact.name },
    conversationId: null,
    transcript: [],
    facts: null,
    session: null,
    clock: null,
    connected: false,
    busy: false,
    error: null,
    async send(input, title) {
      set({ busy: true, error: null });
      try {
        const answer = (await transport.request(
          'POST',
          '/sandbox/inbound',
          sandboxBody(input, get().contact, title),
        )) as {
          conversationId?: string;
        };
        if (answer.conversationId) set({ conversationId: answer.conversationId });
        await get().refresh();
      } catch (error) {
        set({ error: messageOf(error) });
      } finally {
        set({ busy: false });
      }
    },
    async advance(ms) {
      set({ busy: true, error: null });
      try {
        const clock = (await transport.request('POST', '/test/clock', { advanceMs: ms })) as { now: number };
        set({ clock: clock.now });
        await get().refresh();
      } catch (error) {
        set({ error: messageOf(error) });
      } finally {
        set({ busy: false });
      }
    },
    restart() {
      set({
        contact: { ...get().contact, waId: newWaId() },
        conversationId: null,
        transcript: [],
        facts: null,
        session: null,
        error: null,
      });
    },
    refresh() {
      // One refresh at a time; events during one ask for exactly one more.
      if (refreshing) {
        again = true;
        return refreshing;
      }
      refreshing = (async () => {
        do {
          again = false;
          await load();
        } while (again);
      })().finally(() => {
        refreshing = null;
      });
      return refreshing;
    },
    connect() {
      const stop = transport.events(
        (_type, data) => {
          const conversationId = store.getState().conversationId;
          const about = data as { conversationId?: string; id?: string } | null;
          if (conversationId && (about?.conversationId === conversationId || about?.id === conversationId)) {
            void store.getState().refresh();
          }
        },
        (connected) => store.setState({ connected }),
      );
      void store.getState().refresh();
      return () => {
        stop();
        store.setState({ connected: false });
      };
    },
  }));

  async function load() {
    const state = store.getState();
    const clock = await transport.request('GET', '/test/clock').then(
      (answer) => (answer as { now: number }).now,
      () => null,
    );
    if (!state.conversationId) {
      store.setState({ clock });
      return;
    }
    const id = encodeURIComponent(state.conversationId);
    const [detail, messages] = await Promise.all([
      transport.request('GET', `/conversations/${id}`) as Promise<ConversationDetail>,
      transport.request('GET', `/conversations/${id}/messages?limit=500`) as Promise<ServerMessage[]>,
    ]);
    if (store.getState().conversationId !== state.conversationId) return;
    const ordered = [...messages].sort((a, b) => a.id - b.id);
    store.setState({
      clock,
      facts: detail.facts,
      session: detail.activeSession,
      transcript: serverEntries(ordered),
    });
  }

  return store;
}

/** A WhatsApp id no real customer has: 1 555 01x xxxx (fictional numbers), new for each conversation. */
function randomWaId(): string {
  return `155501${String(Math.floor(Math.random() * 100_000)).padStart(5, '0')}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
