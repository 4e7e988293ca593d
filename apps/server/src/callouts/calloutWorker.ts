import type { Effect, EngineEvent } from '@salesbot/engine';
import { loadScope } from '../bot/loadScope.ts';
import { stepBotSession } from '../bot/runSession.ts';
import { stmt } from '../db/stmt.ts';
import type { Services } from '../services.ts';
import { getSession } from '../store/sessions.ts';

type CallWebhook = Extract<Effect, { type: 'callWebhook' }>;
type WebhookResult = Extract<EngineEvent, { type: 'webhookResult' }>;

/**
 * Performs the HTTP calls of bot webhook steps outside any transaction (fetch with the step's timeout), then feeds
 * the answer to the session as `webhookResult` in a transaction of its own. Calls pending at start (the process
 * died mid-call) are made again: at least once, like any webhook.
 */
export class CalloutWorker {
  private inFlight = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private settled: (() => void)[] = [];

  constructor(
    private readonly services: Services,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    while (this.inFlight.size > 0) await new Promise<void>((resolve) => this.settled.push(resolve));
  }

  wake(): void {
    if (!this.stopped) this.schedule(0);
  }

  /** Starts every pending call and waits until all calls are answered. For tests. */
  async drain(): Promise<void> {
    do {
      this.pass();
      while (this.inFlight.size > 0) await new Promise<void>((resolve) => this.settled.push(resolve));
    } while (this.pendingCount() > 0);
  }

  private pendingCount(): number {
    return Number(stmt(this.services.db, "SELECT count(*) FROM callouts WHERE state = 'pending'").pluck().get());
  }

  private pass(): void {
    const room = this.services.config.callouts.concurrency - this.inFlight.size;
    if (room <= 0) return;
    const rows = stmt(
      this.services.db,
      "SELECT id, request FROM callouts WHERE state = 'pending' ORDER BY created_at LIMIT ?",
    ).all(room + this.inFlight.size) as { id: string; request: string }[];
    for (const row of rows) {
      if (this.inFlight.has(row.id) || this.inFlight.size >= this.services.config.callouts.concurrency) continue;
      this.inFlight.add(row.id);
      void this.call(row.id, JSON.parse(row.request) as CallWebhook);
    }
  }

  private async call(id: string, request: CallWebhook): Promise<void> {
    const result = await this.perform(request);
    try {
      this.services.transact(() => this.answer(id, result));
    } catch (error) {
      this.services.logger.error({ err: error, calloutId: id }, 'could not record a webhook result');
    } finally {
      this.inFlight.delete(id);
      for (const resolve of this.settled.splice(0)) resolve();
    }
  }

  private async perform(request: CallWebhook): Promise<WebhookResult> {
    const base = { type: 'webhookResult' as const, requestId: request.requestId };
    try {
      const response = await this.fetchImpl(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body !== undefined && request.method !== 'GET' ? { body: request.body } : {}),
        signal: AbortSignal.timeout(request.timeoutMs),
      });
      const text = (await response.text()).slice(0, this.services.config.callouts.maxResponseBytes);
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: the step gets the text.
      }
      return { ...base, ok: response.ok, status: response.status, body };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return {
        ...base,
        ok: false,
        error: timedOut ? 'timeout' : error instanceof Error ? error.message : String(error),
      };
    }
  }

  private answer(id: string, result: WebhookResult): void {
    const { db, clock } = this.services;
    const row = stmt(db, "SELECT session_id FROM callouts WHERE id = ? AND state = 'pending'").get(id) as
      | { session_id: string }
      | undefined;
    if (!row) return;
    stmt(db, "UPDATE callouts SET state = 'done', result = ?, done_at = ? WHERE id = ?").run(
      JSON.stringify(result),
      clock.now(),
      id,
    );
    const session = getSession(db, row.session_id);
    if (session?.status !== 'waiting') return;
    const scope = loadScope(this.services, session.conversationId);
    if (scope) stepBotSession(this.services, scope, session, result);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.pass();
      } catch (error) {
        this.services.logger.error({ err: error }, 'callout pass failed');
      }
      this.schedule(this.services.config.callouts.pollMs);
    }, delayMs);
    this.timer.unref?.();
  }
}
