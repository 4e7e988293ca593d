import { useSession } from '../auth/session.ts';

/** The SSE event types the inbox and the CRM pages follow. */
export const WORKSPACE_EVENT_TYPES = [
  'message.in',
  'message.out',
  'message.status',
  'session.started',
  'session.updated',
  'session.ended',
  'conversation.updated',
  'contact.updated',
  'lead.updated',
] as const;
export type WorkspaceEventType = (typeof WORKSPACE_EVENT_TYPES)[number];

/** `type` is an event of the stream, or `resync` after (re)connecting: anything may have been missed. */
export type WorkspaceEventListener = (type: WorkspaceEventType | 'resync', data: Record<string, unknown>) => void;

const listeners = new Set<WorkspaceEventListener>();
const connection: { source: EventSource | null; connected: boolean } = { source: null, connected: false };
const statusListeners = new Set<(connected: boolean) => void>();

/**
 * Follows `GET /api/events` (one `EventSource` shared by every subscriber, closed when the last one leaves). The
 * browser reconnects by itself and resumes with `Last-Event-ID`; each (re)connection is passed on as `resync`.
 */
export function subscribeToWorkspaceEvents(listener: WorkspaceEventListener): () => void {
  listeners.add(listener);
  if (!connection.source) open();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) close();
  };
}

/** A call that many triggers share: see `coalescedCall`. */
export interface CoalescedCall {
  /** Asks for the call; triggers before it runs join it. */
  trigger(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/**
 * One call per burst of triggers: `delayMs` after the first of them (the triggers meanwhile join it), and never
 * sooner than `minIntervalMs` after the previous call — so a steady stream of triggers gets a call about every
 * `minIntervalMs`. A timer restarted by each trigger never fired while triggers kept coming faster than its delay
 * (a busy workspace's pages stood still); one call per trigger would load the server with every event.
 */
export function coalescedCall(run: () => void, delayMs: number, minIntervalMs = 0): CoalescedCall {
  let pending: ReturnType<typeof setTimeout> | null = null;
  let lastRun = Number.NEGATIVE_INFINITY;
  return {
    trigger() {
      pending ??= setTimeout(
        () => {
          pending = null;
          lastRun = Date.now();
          run();
        },
        Math.max(delayMs, lastRun + minIntervalMs - Date.now()),
      );
    },
    cancel() {
      if (pending) clearTimeout(pending);
      pending = null;
    },
  };
}

/**
 * Calls `reload` for the events that `concerns` the page (and every `resync`) through a `coalescedCall`: once per
 * burst, at most about once per `minIntervalMs` while they stream in. Returns the unsubscribe (which also drops a
 * pending call).
 */
export function reloadOnWorkspaceEvents(
  concerns: (type: WorkspaceEventType, data: Record<string, unknown>) => boolean,
  reload: () => void,
  delayMs: number,
  minIntervalMs = 1000,
): () => void {
  const call = coalescedCall(reload, delayMs, minIntervalMs);
  const unsubscribe = subscribeToWorkspaceEvents((type, data) => {
    if (type === 'resync' || concerns(type, data)) call.trigger();
  });
  return () => {
    call.cancel();
    unsubscribe();
  };
}

/** Whether the stream is connected now, and a way to hear when that changes. */
export function watchConnection(listener: (connected: boolean) => void): () => void {
  statusListeners.add(listener);
  listener(connection.connected);
  return () => statusListeners.delete(listener);
}

function open() {
  const token = useSession.getState().token ?? '';
  const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  connection.source = source;
  source.addEventListener('ready', () => {
    setConnected(true);
    for (const listener of listeners) listener('resync', {});
  });
  source.addEventListener('error', () => setConnected(source.readyState === EventSource.OPEN));
  for (const type of WORKSPACE_EVENT_TYPES) {
    source.addEventListener(type, (event) => {
      let data: Record<string, unknown> = {};
      try {
        // Stored as `{ id, type, data, createdAt }`: what the event is about is under `data`.
        const stored = JSON.parse((event as MessageEvent<string>).data) as { data?: Record<string, unknown> };
        data = stored.data ?? {};
      } catch {
        // A malformed event still tells the pages that something changed.
      }
      for (const listener of listeners) listener(type, data);
    });
  }
}

function close() {
  connection.source?.close();
  connection.source = null;
  setConnected(false);
}

function setConnected(connected: boolean) {
  if (connection.connected === connected) return;
  connection.connected = connected;
  for (const listener of statusListeners) listener(connected);
}
