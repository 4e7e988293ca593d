import type { Db } from '../db/openDatabase.ts';

/** What the SSE stream carries: message in/out, status, session and conversation changes. */
export type WorkspaceEventType =
  | 'message.in'
  | 'message.out'
  | 'message.status'
  | 'session.started'
  | 'session.updated'
  | 'session.ended'
  | 'conversation.updated'
  | 'contact.updated'
  | 'lead.updated'
  | 'channel.updated'
  | 'template.updated';

export interface StoredEvent {
  id: number;
  type: WorkspaceEventType;
  data: unknown;
  createdAt: number;
}

interface Pending {
  workspaceId: string;
  type: WorkspaceEventType;
  /** Serialised when recorded: the caller may change the object afterwards. */
  json: string;
  createdAt: number;
}

interface Retained {
  id: number;
  type: WorkspaceEventType;
  json: string;
  createdAt: number;
}

export interface EventBusOptions {
  /** The first id; ids only grow from it. Seed it from the time so a restart does not go back below old ids. */
  firstId: number;
  /** The newest events kept per workspace for streams that reconnect. */
  retainPerWorkspace: number;
}

/**
 * The workspace events the SSE stream replays and tails, kept in memory. An event recorded inside a transaction is
 * held until `notify()` runs after the commit (so a rolled-back change never reaches a browser: whoever rolls back
 * runs it in `withRollback`); then it gets its id and wakes the workspace's streams. A browser that reconnects with
 * `Last-Event-ID` gets what it missed while that is retained, and re-reads its lists on every reconnection anyway
 * (the editor does): the events are notifications, the rows are the truth. They used to be rows written in the same
 * transaction — three per new-contact message plus one per status, 1.2 of its 4.0 KB of row data — for a replay that only
 * mattered across a restart, which the re-read covers.
 */
export class EventBus {
  private pending: Pending[] = [];
  private retained = new Map<string, Retained[]>();
  private listeners = new Map<string, Set<() => void>>();
  private nextId: number;

  constructor(
    private readonly db: Db,
    private readonly options: EventBusOptions,
  ) {
    this.nextId = options.firstId;
  }

  /** Records an event of the transaction in progress (outside one, the change is already committed: published). */
  record(workspaceId: string, type: WorkspaceEventType, data: unknown, now: number): void {
    this.pending.push({ workspaceId, type, json: JSON.stringify(data), createdAt: now });
    if (!this.db.inTransaction) this.notify();
  }

  /**
   * Runs `atomic` — a transaction or a savepoint — and, if it throws (SQLite rolled it back), drops the events it
   * recorded with it.
   */
  withRollback<T>(atomic: () => T): T {
    const mark = this.pending.length;
    try {
      return atomic();
    } catch (error) {
      this.pending.length = Math.min(this.pending.length, mark);
      throw error;
    }
  }

  /** After a commit: gives the held events their ids and wakes the streams of their workspaces. */
  notify(): void {
    // Inside an outer transaction, an inner commit is only a savepoint: wait for the real one.
    if (this.pending.length === 0 || this.db.inTransaction) return;
    const events = this.pending;
    this.pending = [];
    const woken = new Set<string>();
    for (const event of events) {
      let list = this.retained.get(event.workspaceId);
      if (!list) {
        list = [];
        this.retained.set(event.workspaceId, list);
      }
      list.push({ id: this.nextId++, type: event.type, json: event.json, createdAt: event.createdAt });
      woken.add(event.workspaceId);
    }
    for (const workspaceId of woken) {
      const list = this.retained.get(workspaceId)!;
      // Trimmed in chunks, so a busy workspace does not shift its array on every event.
      if (list.length > this.options.retainPerWorkspace * 1.25)
        list.splice(0, list.length - this.options.retainPerWorkspace);
      for (const listener of this.listeners.get(workspaceId) ?? []) listener();
    }
  }

  /** Calls `listener` after each commit that added events to the workspace. Returns the unsubscribe. */
  subscribe(workspaceId: string, listener: () => void): () => void {
    let set = this.listeners.get(workspaceId);
    if (!set) {
      set = new Set();
      this.listeners.set(workspaceId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  /**
   * Events of the workspace after `afterId`, oldest first. An id this bus never gave (from before a restart whose
   * clock-seeded ids start lower) counts as "from the start of what is retained".
   */
  since(workspaceId: string, afterId: number, limit = 500): StoredEvent[] {
    const list = this.retained.get(workspaceId) ?? [];
    const from = afterId >= this.nextId ? 0 : firstAfter(list, afterId);
    return list.slice(from, from + limit).map((event) => ({
      id: event.id,
      type: event.type,
      data: JSON.parse(event.json),
      createdAt: event.createdAt,
    }));
  }

  /** The newest event id given (where a fresh stream starts). */
  lastId(): number {
    return this.nextId - 1;
  }

  /** Forgets events created before `before`. */
  prune(before: number): void {
    for (const [workspaceId, list] of this.retained) {
      const keep = list.findIndex((event) => event.createdAt >= before);
      if (keep === -1) this.retained.delete(workspaceId);
      else if (keep > 0) list.splice(0, keep);
    }
  }
}

/** The index of the first event with an id above `afterId` (ids are ascending). */
function firstAfter(list: readonly Retained[], afterId: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.id <= afterId) low = middle + 1;
    else high = middle;
  }
  return low;
}
