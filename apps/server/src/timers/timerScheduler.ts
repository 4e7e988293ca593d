import { loadScope } from '../bot/loadScope.ts';
import { stepBotSession } from '../bot/runSession.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { getSession } from '../store/sessions.ts';

interface DueTimer {
  session_id: string;
  timer_id: string;
  due_at: number;
}

/**
 * Fires stored timers when due — each in its own transaction, fed to its session as `{ type: 'timer', timerId }` —
 * including those that fell due while the server was down (the first pass runs at start). A timer of a
 * conversation whose bot a human paused waits until the pause ends.
 */
export class TimerScheduler {
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;

  constructor(private readonly services: Services) {}

  start(): void {
    this.stopped = false;
    this.tick();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Re-plans the next wake-up (a commit may have added an earlier timer). */
  wake(): void {
    if (this.stopped || !this.timer) return;
    const next = this.nextDueAt();
    if (next !== null && next <= this.services.clock.now()) this.schedule(0);
  }

  /** Fires every timer due now, oldest first. Returns how many fired. */
  runDue(): number {
    const { db, clock } = this.services;
    let fired = 0;
    for (;;) {
      const now = clock.now();
      const due = stmt(
        db,
        `SELECT t.session_id, t.timer_id, t.due_at FROM timers t
         JOIN sessions s ON s.id = t.session_id JOIN conversations c ON c.id = s.conversation_id
         WHERE t.state = 'pending' AND t.due_at <= ? AND (c.bot_paused_until IS NULL OR c.bot_paused_until <= ?)
         ORDER BY t.due_at, t.created_at LIMIT 100`,
      ).all(now, now) as DueTimer[];
      if (due.length === 0) return fired;
      for (const timer of due) {
        try {
          this.services.transact(() => this.fire(timer));
          fired++;
        } catch (error) {
          this.services.logger.error({ err: error, ...timer }, 'timer failed; marking it fired to avoid a loop');
          stmt(db, "UPDATE timers SET state = 'fired' WHERE session_id = ? AND timer_id = ?").run(
            timer.session_id,
            timer.timer_id,
          );
        }
      }
    }
  }

  private fire(timer: DueTimer): void {
    const { db } = this.services;
    const claimed = stmt(
      db,
      "UPDATE timers SET state = 'fired' WHERE session_id = ? AND timer_id = ? AND state = 'pending'",
    ).run(timer.session_id, timer.timer_id);
    if (claimed.changes === 0) return;
    const session = getSession(db, timer.session_id);
    if (session?.status !== 'waiting') return;
    const scope = loadScope(this.services, session.conversationId);
    if (!scope) return;
    stepBotSession(this.services, scope, session, { type: 'timer', timerId: timer.timer_id });
  }

  private tick(): void {
    if (this.stopped) return;
    try {
      this.runDue();
    } catch (error) {
      this.services.logger.error({ err: error }, 'timer pass failed');
    }
    const next = this.nextDueAt();
    const poll = this.services.config.timers.pollMs;
    this.schedule(next === null ? poll : Math.min(poll, Math.max(0, next - this.services.clock.now())));
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

  /** When the earliest pending timer falls due, or null. */
  nextDueAt(): number | null {
    const value = stmt(this.services.db, "SELECT min(due_at) FROM timers WHERE state = 'pending'").pluck().get();
    return typeof value === 'number' ? value : null;
  }
}
