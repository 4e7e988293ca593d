import { toSendRequest } from '@salesbot/whatsapp';
import { noteBroadcastOutcome } from '../broadcasts/noteBroadcastOutcome.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { getOutboxRow, nextDueAt, type OutboxRow, selectSendable, selectStaleSending } from '../store/outbox.ts';
import type { SendResult, Transport } from '../transport/types.ts';
import { classifySendResult } from './classifySendResult.ts';
import { recordSendFailure } from './recordSendFailure.ts';
import { TokenBucket } from './tokenBucket.ts';

/**
 * Drains the outbox to the transports. Each pass: rows left `sending` by a crashed process are requeued once their
 * grace period passed without a status; then due rows go out — first in their conversation only, paced per phone
 * number and per customer — each claimed (`sending`, committed) before its request leaves, and its answer
 * recorded in a transaction of its own: sent with the wamid, retried later with backoff and jitter, failed with
 * WhatsApp's code (fed to the session), or the channel's queue stopped (token or account problems).
 */
export class OutboxSender {
  private inFlight = new Set<string>();
  private channelBuckets = new Map<string, TokenBucket>();
  private pairBuckets = new Map<string, TokenBucket>();
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = true;
  private rerun = false;
  private settled: (() => void)[] = [];

  constructor(
    private readonly services: Services,
    private readonly transportFor: (channel: Channel) => Transport,
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  /** Stops the loop and waits for the sends in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight.size > 0 || this.running) await new Promise<void>((resolve) => this.settled.push(resolve));
  }

  /**
   * Asks for a pass soon (after a commit that may have queued sends). Wakes within a few milliseconds of each
   * other share one pass: under load a commit lands every millisecond or so.
   */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    if (this.timer && this.timerDueAt <= Date.now() + WAKE_COALESCE_MS) return;
    this.schedule(WAKE_COALESCE_MS);
  }

  /** Runs passes until nothing more can go now, then waits for the sends in flight. For tests and shutdown. */
  async drain(): Promise<void> {
    for (;;) {
      const started = await this.pass();
      if (this.inFlight.size > 0) await new Promise<void>((resolve) => this.settled.push(resolve));
      else if (started === 0) return;
    }
  }

  private timerDueAt = 0;

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = Date.now() + delayMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.loop();
    }, delayMs);
    this.timer.unref?.();
  }

  private async loop(): Promise<void> {
    if (this.running || this.stopped) return;
    let waitMs = this.services.config.outbox.pollMs;
    try {
      this.rerun = false;
      await this.pass();
      const now = this.services.clock.now();
      if (this.pacingWaitMs > 0) waitMs = Math.min(waitMs, this.pacingWaitMs);
      for (const channel of this.services.channels.all()) {
        const due = nextDueAt(this.services.db, channel.id);
        if (due !== null && due > now) waitMs = Math.min(waitMs, due - now);
      }
    } catch (error) {
      this.services.logger.error({ err: error }, 'outbox pass failed');
    }
    this.schedule(this.rerun ? 0 : Math.max(1, waitMs));
  }

  /** The shortest pacing wait met in the last pass (0: none). */
  private pacingWaitMs = 0;

  /** One pass; returns how many sends it started. */
  async pass(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      const { db, clock, config } = this.services;
      const now = clock.now();
      // An index range over rows in flight since before the grace period: usually empty, so cheap every pass.
      this.requeueOrphans(now);
      let room = config.outbox.concurrency - this.inFlight.size;
      this.pacingWaitMs = 0;
      const claimed: { row: OutboxRow; channel: Channel }[] = [];
      for (const channel of this.services.channels.all()) {
        if (room <= 0) break;
        if (channel.stoppedReason) continue;
        const channelBucket = this.channelBucket(channel, now);
        const tokens = Math.min(room, channelBucket.available(now));
        if (tokens < 1) {
          this.notePacing(channelBucket.waitMs(now));
          continue;
        }
        // A few more than the tokens: some may be held back by their customer's pair rate.
        let taken = 0;
        for (const candidate of selectSendable(db, channel.id, now, tokens * 2 + 8)) {
          if (taken >= tokens) break;
          if (this.inFlight.has(candidate.id)) continue;
          const pairBucket = this.pairBucket(channel.id, candidate.toWaId, now);
          if (!pairBucket.take(now)) {
            this.notePacing(pairBucket.waitMs(now));
            continue;
          }
          const row = getOutboxRow(db, candidate.id);
          if (!row) continue;
          channelBucket.take(now);
          claimed.push({ row, channel });
          taken++;
        }
        room -= taken;
      }
      if (claimed.length === 0) return 0;
      this.services.transact(() => {
        for (const { row } of claimed) {
          stmt(
            db,
            `UPDATE outbox SET state = 'sending', attempts = attempts + 1, sending_started_at = ?, updated_at = ?
             WHERE id = ? AND state = 'queued'`,
          ).run(now, now, row.id);
        }
      });
      for (const { row, channel } of claimed) {
        this.inFlight.add(row.id);
        void this.send(row, channel);
      }
      return claimed.length;
    } finally {
      this.running = false;
      if (this.inFlight.size === 0) this.notifySettled();
    }
  }

  private notePacing(waitMs: number): void {
    if (waitMs > 0) this.pacingWaitMs = this.pacingWaitMs === 0 ? waitMs : Math.min(this.pacingWaitMs, waitMs);
  }

  private async send(row: OutboxRow, channel: Channel): Promise<void> {
    let result: SendResult;
    try {
      const request = toSendRequest(row.payload.message, {
        to: row.toWaId,
        callbackData: row.id,
        ...(row.payload.replyTo ? { replyTo: row.payload.replyTo } : {}),
      });
      const endpoint = row.payload.endpoint;
      result = await this.transportFor(channel).send(channel, request, endpoint ? { endpoint } : undefined);
    } catch (error) {
      result = {
        ok: false,
        httpStatus: null,
        code: null,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    this.answers.push({ row, channel, result });
    if (!this.recordScheduled) {
      this.recordScheduled = true;
      setImmediate(() => this.recordAnswers());
    }
  }

  /** Answers received and not yet recorded; recorded together, one commit for all that arrived meanwhile. */
  private answers: { row: OutboxRow; channel: Channel; result: SendResult }[] = [];
  private recordScheduled = false;

  /**
   * Records the answers that arrived since the last call in one transaction (under load a commit per answer was
   * the sender's biggest cost), each in a savepoint of its own: one that fails rolls back alone and leaves its row
   * `sending`, which the orphan rule resends only if no status proves it went out.
   */
  private recordAnswers(): void {
    this.recordScheduled = false;
    const batch = this.answers.splice(0);
    if (batch.length === 0) return;
    const { db, logger } = this.services;
    try {
      this.services.transact(() => {
        for (const { row, channel, result } of batch) {
          try {
            this.services.bus.withRollback(() => db.transaction(() => this.record(row, channel, result))());
          } catch (error) {
            logger.error({ err: error, outboxId: row.id }, 'could not record a send result');
          }
        }
      });
    } catch (error) {
      logger.error({ err: error, count: batch.length }, 'could not record send results');
    } finally {
      for (const { row } of batch) this.inFlight.delete(row.id);
      this.notifySettled();
      this.wake();
    }
  }

  /** One answer, inside the caller's transaction. */
  private record(row: OutboxRow, channel: Channel, result: SendResult): void {
    const { db, clock, config, logger } = this.services;
    const now = clock.now();
    const decision = classifySendResult(result);
    // Made only on the paths that log (a child logger per sent message was a measurable cost under load).
    const log = () => logger.child({ outboxId: row.id, channelId: channel.id });
    switch (decision.action) {
      case 'sent': {
        stmt(
          db,
          `UPDATE outbox SET state = 'sent', wamid = ?, error_code = NULL, error_message = NULL, updated_at = ?
             WHERE id = ? AND state IN ('sending', 'queued')`,
        ).run(decision.wamid, now, row.id);
        const message = stmt(
          db,
          'SELECT id, workspace_id, conversation_id, status FROM messages WHERE outbox_id = ?',
        ).get(row.id) as { id: number; workspace_id: string; conversation_id: string; status: string } | undefined;
        if (message) {
          stmt(
            db,
            `UPDATE messages SET wamid = coalesce(wamid, ?), status = CASE WHEN status IN ('queued', 'sending') THEN 'sent'
                 ELSE status END, status_at = ? WHERE id = ?`,
          ).run(decision.wamid, now, message.id);
          this.services.bus.record(
            message.workspace_id,
            'message.status',
            { id: message.id, conversationId: message.conversation_id, status: 'sent', wamid: decision.wamid },
            now,
          );
        }
        noteBroadcastOutcome(db, row.id, 'sent', now);
        break;
      }
      case 'retry': {
        const attempts = row.attempts + 1;
        if (attempts >= config.outbox.maxAttempts) {
          log().warn({ code: decision.code, attempts }, 'send retries exhausted');
          recordSendFailure(this.services, { outboxId: row.id, code: decision.code, message: decision.message });
          break;
        }
        if (decision.slowChannel) this.channelBucket(channel, now).penalise(now, this.channelRate(channel));
        if (decision.slowRecipient) this.pairBucket(row.channelId, row.toWaId, now).penalise(now);
        const delay = backoff(attempts, config.outbox.backoffBaseMs, config.outbox.backoffMaxMs);
        stmt(
          db,
          `UPDATE outbox SET state = 'queued', next_attempt_at = ?, error_code = ?, error_message = ?, updated_at = ?
             WHERE id = ? AND state = 'sending'`,
        ).run(now + delay, decision.code, decision.message, now, row.id);
        log().info({ code: decision.code, attempts, delay }, 'send will be retried');
        break;
      }
      case 'unknown':
        // Left `sending`: a status echoing the callback data marks it sent; without one within the grace
        // period, `requeueOrphans` sends it again.
        stmt(db, 'UPDATE outbox SET error_message = ?, updated_at = ? WHERE id = ?').run(
          `no answer (${decision.message}); waiting for a status before resending`,
          now,
          row.id,
        );
        log().warn({ message: decision.message }, 'send outcome unknown; waiting for a status');
        break;
      case 'failed':
        log().warn({ code: decision.code, message: decision.message }, 'send failed permanently');
        recordSendFailure(this.services, { outboxId: row.id, code: decision.code, message: decision.message });
        break;
      case 'stopChannel':
        log().error({ code: decision.code, message: decision.message }, "stopping the channel's queue");
        // Not this message's fault: back to the queue, the attempt not counted, until the channel is resumed.
        stmt(
          db,
          `UPDATE outbox SET state = 'queued', attempts = max(attempts - 1, 0), error_code = ?, error_message = ?,
               updated_at = ? WHERE id = ? AND state = 'sending'`,
        ).run(decision.code, decision.message, now, row.id);
        this.services.channels.update(channel.id, {
          stoppedReason: `WhatsApp error ${decision.code}: ${decision.message}`,
          stoppedAt: now,
        });
        this.services.bus.record(channel.workspaceId, 'channel.updated', { id: channel.id, stopped: true }, now);
        break;
    }
  }

  /**
   * Rows in `sending` that no send of this process holds were in flight when an earlier process died. WhatsApp
   * has no idempotency key, so resending risks a duplicate: wait `inFlightGraceMs` for a status echoing the row's
   * callback data (which marks it sent); without one, the send most likely never reached WhatsApp — requeue it.
   */
  private requeueOrphans(now: number): void {
    const { db, config, logger } = this.services;
    const orphans = selectStaleSending(db, now - config.outbox.inFlightGraceMs).filter(
      (row) => !this.inFlight.has(row.id),
    );
    if (orphans.length === 0) return;
    this.services.transact(() => {
      for (const row of orphans) {
        if (row.attempts >= config.outbox.maxAttempts) {
          recordSendFailure(this.services, {
            outboxId: row.id,
            code: null,
            message: 'no answer from WhatsApp after every attempt',
          });
          continue;
        }
        stmt(
          db,
          `UPDATE outbox SET state = 'queued', next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'sending'`,
        ).run(now, now, row.id);
      }
    });
    logger.warn(
      { count: orphans.length },
      'resending sends left in flight by a crash (no status within the grace period)',
    );
  }

  private channelRate(channel: Channel): number {
    const { outbox } = this.services.config;
    if (channel.coexistence)
      return Math.min(channel.throughput ?? outbox.coexistenceThroughput, outbox.coexistenceThroughput);
    return Math.min(channel.throughput ?? outbox.defaultThroughput, outbox.maxThroughput);
  }

  private channelBucket(channel: Channel, now: number): TokenBucket {
    const rate = this.channelRate(channel);
    let bucket = this.channelBuckets.get(channel.id);
    if (!bucket) {
      bucket = new TokenBucket(rate, rate, now);
      this.channelBuckets.set(channel.id, bucket);
    } else bucket.configure(rate, rate);
    return bucket;
  }

  private pairBucket(channelId: string, toWaId: string, now: number): TokenBucket {
    const key = `${channelId}|${toWaId}`;
    let bucket = this.pairBuckets.get(key);
    if (!bucket) {
      const { pairBurst, pairIntervalMs } = this.services.config.outbox;
      bucket = new TokenBucket(pairBurst, 1000 / pairIntervalMs, now);
      if (this.pairBuckets.size >= PAIR_BUCKETS_PRUNE_AT) this.prunePairBuckets(now);
      this.pairBuckets.set(key, bucket);
    }
    return bucket;
  }

  /**
   * Drops the customers' buckets that have refilled: a full bucket is the same as a new one, so nothing is lost,
   * and a broadcast to 100,000 customers keeps only the buckets of the last seconds' recipients (memory stays flat).
   */
  private prunePairBuckets(now: number): void {
    for (const [key, bucket] of this.pairBuckets) if (bucket.isFull(now)) this.pairBuckets.delete(key);
    // Every bucket still refilling (a burst to that many customers within the refill time): fall back to a reset.
    if (this.pairBuckets.size >= PAIR_BUCKETS_PRUNE_AT) this.pairBuckets.clear();
  }

  private notifySettled(): void {
    for (const resolve of this.settled.splice(0)) resolve();
  }
}

/** Customers' buckets kept before the full ones are dropped. */
const PAIR_BUCKETS_PRUNE_AT = 20_000;

/** How long a wake-up waits for others to join it (real time: it is about load, not the business clock). */
const WAKE_COALESCE_MS = 2;

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so retries spread out. */
export function backoff(attempt: number, baseMs: number, maxMs: number, random: () => number = Math.random): number {
  const full = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}
