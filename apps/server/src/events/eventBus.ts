import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

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

/**
 * Events are rows written inside the transaction that caused them (so a rolled-back change never reaches a
 * browser); after the commit, `notify()` wakes the SSE streams of the workspaces that got new rows.
 */
export class EventBus {
  private dirty = new Set<string>();
  private listeners = new Map<string, Set<() => void>>();

  constructor(private readonly db: Db) {}

  /** Inside a transaction: stores the event. */
  record(workspaceId: string, type: WorkspaceEventType, data: unknown, now: number): void {
    stmt(this.db, 'INSERT INTO events (workspace_id, type, data, created_at) VALUES (?, ?, ?, ?)').run(
      workspaceId,
      type,
      JSON.stringify(data),
      now,
    );
    this.dirty.add(workspaceId);
  }

  /** After a commit: wakes the listeners of every workspace that got events. */
  notify(): void {
    if (this.dirty.size === 0) return;
    const workspaces = [...this.dirty];
    this.dirty.clear();
    for (const workspaceId of workspaces) {
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

  /** Events of the workspace after `afterId`, oldest first. */
  since(workspaceId: string, afterId: number, limit = 500): StoredEvent[] {
    const rows = stmt(
      this.db,
      'SELECT id, type, data, created_at FROM events WHERE workspace_id = ? AND id > ? ORDER BY id LIMIT ?',
    ).all(workspaceId, afterId, limit) as { id: number; type: WorkspaceEventType; data: string; created_at: number }[];
    return rows.map((row) => ({ id: row.id, type: row.type, data: JSON.parse(row.data), createdAt: row.created_at }));
  }

  /** The newest event id of the workspace (where a fresh stream starts). */
  lastId(workspaceId: string): number {
    return Number(
      stmt(this.db, 'SELECT coalesce(max(id), 0) FROM events WHERE workspace_id = ?').pluck().get(workspaceId),
    );
  }

  /** Drops events older than `before`, always keeping the newest row (so ids are never reused). */
  prune(before: number): void {
    stmt(this.db, 'DELETE FROM events WHERE created_at < ? AND id < (SELECT max(id) FROM events)').run(before);
  }
}
