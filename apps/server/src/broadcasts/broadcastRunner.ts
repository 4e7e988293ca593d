import type { TemplateStatus } from '@salesbot/policy';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { completeIfDone, pauseSending, startSending } from './broadcastLifecycle.ts';
import { activeBroadcasts, nextBroadcastDueAt, saveBroadcast } from './broadcastStore.ts';
import { channelThroughput, planFromRecipients } from './estimateBroadcast.ts';
import { feedOutbox } from './feedOutbox.ts';
import { nextSlotFreesAt } from './messagingLimit.ts';
import { planRecipients } from './planRecipients.ts';
import type { Broadcast } from './types.ts';

/** Contacts planned per transaction. */
const PLAN_PAGE = 1000;
/** Seconds of sending kept queued in the outbox per broadcast: enough to never starve it, little to withdraw. */
const WINDOW_SECONDS = 2;
const MIN_WINDOW = 20;

/**
 * Moves broadcasts along: a scheduled one starts when its time comes; a sending one is first planned a page at a
 * time (its recipient rows; the plan summary is stored when done), then keeps about two seconds of its number's
 * throughput queued in the outbox — the outbox
 * paces per number and per customer as for every send; the messaging limit holds back recipients outside their
 * window until slots free (`waitingUntil`); a finished one completes. A paused or cancelled one is left alone.
 * Everything is in the database, so after a crash the next pass continues where the last commit left off.
 */
export class BroadcastRunner {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(
    private readonly services: Services,
    private readonly options: { pollMs: number; busyPollMs: number; sliceMs: number } = {
      pollMs: 500,
      busyPollMs: 100,
      sliceMs: 30,
    },
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** When the next scheduled broadcast falls due or a waiting one may continue (for a manual clock), or null. */
  nextDueAt(): number | null {
    return nextBroadcastDueAt(this.services.db);
  }

  /**
   * One pass over the broadcasts with work; returns how much it did (recipients planned or queued, broadcasts
   * started or finished). `sliceMs` bounds the planning time so a big audience never blocks the event loop long.
   */
  runDue(sliceMs = Number.POSITIVE_INFINITY): { work: number; busy: boolean } {
    const { services } = this;
    const deadline = performance.now() + sliceMs;
    let work = 0;
    let busy = false;
    for (const broadcast of activeBroadcasts(services.db, services.clock.now())) {
      try {
        const step = this.advance(broadcast, deadline);
        work += step.work;
        busy ||= step.busy;
      } catch (error) {
        services.logger.error({ err: error, broadcastId: broadcast.id }, 'broadcast pass failed');
      }
    }
    return { work, busy };
  }

  private advance(broadcast: Broadcast, deadline: number): { work: number; busy: boolean } {
    const { services } = this;
    const channel = services.channels.get(broadcast.channelId);
    if (!channel) {
      services.transact(() => pauseSending(services, broadcast, 'The WhatsApp number was disconnected.'));
      return { work: 1, busy: false };
    }
    const template = services.templates.forWorkspace(broadcast.workspaceId)[
      `${broadcast.template.name}:${broadcast.template.language}`
    ];
    if (template?.status !== 'APPROVED') {
      const why = template ? `is ${template.status.toLowerCase()}` : 'is no longer in the registry';
      services.transact(() =>
        pauseSending(services, broadcast, `The template "${broadcast.template.name}" ${why}; sending is paused.`),
      );
      return { work: 1, busy: false };
    }
    const status = template.status as TemplateStatus;
    let work = 0;
    if (broadcast.status === 'scheduled') {
      services.transact(() => startSending(services, broadcast, null));
      work++;
    }
    if (broadcast.plannedAt === null) {
      // Plan every recipient first (a page per transaction, within the time slice): the plan is then exact and
      // stored before the first send, and a crash resumes planning at its cursor.
      while (broadcast.plannedAt === null && performance.now() < deadline) {
        work += services.transact(() => {
          const planned = planRecipients(services, broadcast, channel, status, PLAN_PAGE);
          if (broadcast.plannedAt !== null) {
            broadcast.plan = planFromRecipients(services, broadcast.id, channel);
            saveBroadcast(services.db, broadcast);
          }
          return planned;
        });
      }
      if (broadcast.plannedAt === null) return { work, busy: true };
    }
    const window = Math.max(MIN_WINDOW, Math.ceil(channelThroughput(services, channel) * WINDOW_SECONDS));
    const queued = Number(
      stmt(
        services.db,
        `SELECT count(*) FROM broadcast_recipients INDEXED BY broadcast_recipients_todo
         WHERE broadcast_id = ? AND state = 'queued'`,
      )
        .pluck()
        .get(broadcast.id),
    );
    // Top up once half the window has gone: fewer, bigger transactions.
    if (queued <= window / 2) {
      const fed = services.transact(() => {
        const result = feedOutbox(services, broadcast, channel, status, window - queued);
        const now = services.clock.now();
        const waitingUntil = result.heldByLimit > 0 ? nextSlotFreesAt(services.db, broadcast.workspaceId, now) : null;
        if (waitingUntil !== broadcast.waitingUntil) {
          broadcast.waitingUntil = waitingUntil;
          broadcast.updatedAt = now;
          saveBroadcast(services.db, broadcast);
        }
        if (result.queued + result.excluded === 0) completeIfDone(services, broadcast);
        return result;
      });
      work += fed.queued + fed.excluded;
    }
    return { work, busy: false };
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.tick();
    }, delayMs);
    this.timer.unref?.();
  }

  private tick(): void {
    if (this.stopped) return;
    let next = this.options.pollMs;
    try {
      const { work, busy } = this.runDue(this.options.sliceMs);
      if (busy) next = 0;
      else if (work > 0 || this.hasSending()) next = this.options.busyPollMs;
    } catch (error) {
      this.services.logger.error({ err: error }, 'broadcast runner failed');
    }
    this.schedule(next);
  }

  private hasSending(): boolean {
    return stmt(this.services.db, "SELECT 1 FROM broadcasts WHERE status = 'sending' LIMIT 1").get() !== undefined;
  }
}
