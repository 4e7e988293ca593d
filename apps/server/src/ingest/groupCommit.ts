import type { WebhookEvent } from '@salesbot/whatsapp';
import type { Services } from '../services.ts';
import { afterCommit } from '../services.ts';
import { applyWebhookEvent, type EventOutcome } from './applyWebhookEvent.ts';

/** One webhook delivery's events, as parsed. */
export interface IngestRequest {
  events: WebhookEvent[];
}

export type IngestResult = { ok: true; outcomes: EventOutcome[] } | { ok: false; error: unknown };

interface Pending {
  request: IngestRequest;
  resolve: (result: IngestResult) => void;
  /** performance.now() when it was submitted. */
  at: number;
}

/**
 * Group commit: every webhook delivery (and sandbox inbound call) that arrives while the previous transaction
 * runs is applied in the next one, and each answers when the commit holding it is done. SQLite has one writer,
 * so one transaction of many events costs barely more than a transaction of one.
 *
 * Within a batch, the events of one conversation are applied in WhatsApp timestamp order (ties in arrival order);
 * conversations are independent. An event that throws (a bug) fails only its own delivery, which WhatsApp then
 * retries: the batch is applied again with each event in its own savepoint (savepoints cost a little on every
 * event, so only the rare failing batch pays for them).
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private scheduled = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  /** When the last commit ended (real time: it is about load, not the business clock). */
  private lastCommitEndedAt = Number.NEGATIVE_INFINITY;
  private delayTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly services: Services,
    /** What applies one event (tests substitute a failing one). */
    private readonly apply: (services: Services, event: WebhookEvent) => EventOutcome = applyWebhookEvent,
  ) {}

  /** Applies the request's events; resolves after their commit. */
  submit(request: IngestRequest): Promise<IngestResult> {
    if (this.closed) return Promise.resolve({ ok: false, error: new Error('shutting down') });
    return new Promise((resolve) => {
      this.queue.push({ request, resolve, at: performance.now() });
      this.schedule();
    });
  }

  /** Stops taking requests; resolves once everything submitted is committed. */
  close(): Promise<void> {
    this.closed = true;
    return this.idle();
  }

  /** Resolves when nothing is queued. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && !this.scheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    const { maxBatch } = this.services.config;
    if (this.delayTimer && this.queue.length >= maxBatch) {
      // A full batch does not wait for the delay.
      clearTimeout(this.delayTimer);
      this.delayTimer = null;
      this.scheduled = false;
    }
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the I/O callbacks of this loop turn: every request already read (or handed over by
    // the front thread) joins the batch.
    setImmediate(() => this.flushOrWait());
  }

  /**
   * Commits now, or — under load, with only a few deliveries queued — waits up to `commitDelayMs` from the oldest
   * one's arrival, so the deliveries arriving meanwhile share the commit (one message per commit costs about twice
   * the CPU of four). Deliveries that piled up during the last commit go at once: waiting then would only leave
   * this thread idle while the ones behind them wait too.
   */
  private flushOrWait(): void {
    const { commitDelayMs, maxBatch } = this.services.config;
    const now = performance.now();
    const loaded = now - this.lastCommitEndedAt < BUSY_WINDOW_MS;
    const waited = this.queue.length > 0 ? now - this.queue[0]!.at : 0;
    if (loaded && waited < commitDelayMs && this.queue.length < Math.min(FULL_ENOUGH, maxBatch)) {
      this.delayTimer = setTimeout(() => {
        this.delayTimer = null;
        this.flush();
      }, commitDelayMs - waited);
      return;
    }
    this.flush();
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.services.config.maxBatch);
    if (batch.length > 0) {
      this.commit(batch);
      this.lastCommitEndedAt = performance.now();
    }
    if (this.queue.length > 0) this.schedule();
    else for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private commit(batch: Pending[]): void {
    const ordered = orderEvents(batch.map((pending) => pending.request));
    const { bus } = this.services;
    let result: BatchResult;
    try {
      result = bus.withRollback(() => this.applyFast(batch.length, ordered));
    } catch {
      // Some event threw: the transaction rolled back whole. Again, each event in its own savepoint, so only the
      // failing ones are lost (and their deliveries answered 500, to be retried).
      try {
        result = bus.withRollback(() => this.applyIsolated(batch.length, ordered));
      } catch (error) {
        this.services.logger.error({ err: error }, 'group commit failed');
        for (const pending of batch) pending.resolve({ ok: false, error });
        return;
      }
    }
    afterCommit(this.services);
    batch.forEach((pending, i) => {
      const error = result.errors[i];
      pending.resolve(error === undefined ? { ok: true, outcomes: result.outcomes[i]! } : { ok: false, error });
    });
  }

  /** The common case: every event in one transaction, no savepoints. Throws if any event throws. */
  private applyFast(requests: number, ordered: Ordered[]): BatchResult {
    const result: BatchResult = { outcomes: Array.from({ length: requests }, () => []), errors: [] };
    this.services.db
      .transaction(() => {
        for (const { request, index, event } of ordered) {
          result.outcomes[request]![index] = this.apply(this.services, event);
        }
      })
      .immediate();
    return result;
  }

  private applyIsolated(requests: number, ordered: Ordered[]): BatchResult {
    const { db, logger, bus } = this.services;
    const result: BatchResult = { outcomes: Array.from({ length: requests }, () => []), errors: [] };
    const savepoint = db.transaction((run: () => EventOutcome) => run());
    db.transaction(() => {
      for (const { request, index, event } of ordered) {
        try {
          result.outcomes[request]![index] = bus.withRollback(() => savepoint(() => this.apply(this.services, event)));
        } catch (error) {
          logger.error({ err: error, kind: event.kind }, 'webhook event failed; its delivery will be retried');
          result.errors[request] ??= error;
        }
      }
    }).immediate();
    return result;
  }
}

/** A commit that ended this recently means deliveries are streaming in: worth waiting for company. */
const BUSY_WINDOW_MS = 20;
/** A batch this large commits without waiting for more. */
const FULL_ENOUGH = 8;

interface BatchResult {
  outcomes: EventOutcome[][];
  errors: unknown[];
}

interface Ordered {
  request: number;
  index: number;
  event: WebhookEvent;
}

/** Groups events by conversation (first-seen order) and sorts each group by WhatsApp timestamp, stably. */
export function orderEvents(requests: readonly IngestRequest[]): Ordered[] {
  const groups = new Map<string, (Ordered & { at: number })[]>();
  requests.forEach((request, r) => {
    request.events.forEach((event, index) => {
      const key = conversationKey(event) ?? `#${r}:${index}`;
      let group = groups.get(key);
      if (!group) {
        group = [];
        groups.set(key, group);
      }
      group.push({ request: r, index, event, at: eventTime(event) });
    });
  });
  const ordered: Ordered[] = [];
  for (const group of groups.values()) {
    group.sort((a, b) => a.at - b.at);
    for (const { request, index, event } of group) ordered.push({ request, index, event });
  }
  return ordered;
}

function conversationKey(event: WebhookEvent): string | null {
  switch (event.kind) {
    case 'message':
      return `${event.phoneNumberId}|${event.contact.waId || event.message.from}`;
    case 'status':
      return `${event.phoneNumberId}|${event.status.recipientId}`;
    case 'echo':
      return `${event.phoneNumberId}|${event.to}`;
    default:
      return null;
  }
}

function eventTime(event: WebhookEvent): number {
  switch (event.kind) {
    case 'message':
      return event.message.timestamp;
    case 'status':
      return event.status.timestamp;
    case 'echo':
      return event.message.timestamp;
    case 'userPreference':
      return event.timestamp;
    default:
      return 0;
  }
}
