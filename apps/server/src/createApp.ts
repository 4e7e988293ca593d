import { buildStatusWebhook, parseWebhook } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Logger } from 'pino';
import { apiRoutes } from './api/apiRoutes.ts';
import { BroadcastRunner } from './broadcasts/broadcastRunner.ts';
import { CalloutWorker } from './callouts/calloutWorker.ts';
import { type Clock, isManualClock } from './clock.ts';
import type { Config } from './config.ts';
import { Checkpointer } from './db/checkpointer.ts';
import type { Db } from './db/openDatabase.ts';
import { mountEditor } from './http/editorStatic.ts';
import { GroupCommitter } from './ingest/groupCommit.ts';
import { OutboxSender } from './outbox/outboxSender.ts';
import { createServices, type Services } from './services.ts';
import { TimerScheduler } from './timers/timerScheduler.ts';
import { createCloudApiTransport } from './transport/cloudApiTransport.ts';
import { createSandboxTransport, type SandboxStatus } from './transport/sandboxTransport.ts';
import type { Transport } from './transport/types.ts';
import { webhookRoutes } from './webhook/webhookRoutes.ts';

export interface AppDeps {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  /** The transport of channels with credentials; default: the Cloud API over HTTP. Sandbox channels always use the sandbox. */
  transport?: Transport;
  /** The fetch used by bot webhook steps (tests stub it). */
  fetch?: typeof fetch;
}

/** The background loops and the pieces tests drive by hand. */
export interface Runtime {
  services: Services;
  committer: GroupCommitter;
  outbox: OutboxSender;
  timers: TimerScheduler;
  callouts: CalloutWorker;
  broadcasts: BroadcastRunner;
  start(): void;
  /** Stops taking work, commits what was submitted, waits for sends in flight, stops the loops. */
  stop(): Promise<void>;
  /**
   * For tests: runs everything that is due until nothing moves — timers, webhook calls, the outbox, the sandbox's
   * status reports — without the loops.
   */
  settle(): Promise<void>;
  /**
   * Manual clocks only: moves time to `target` the way it passes — stopping at each timer that falls due on the
   * way, so every timer fires at its own time, in order — settling after each step.
   */
  advanceClock(target: number): Promise<void>;
}

/** The Hono app (webhooks, admin API, editor) and the runtime loops, over the given database, clock and config. */
export function createApp(deps: AppDeps): { app: Hono; runtime: Runtime } {
  const services = createServices(deps);
  const committer = new GroupCommitter(services);

  const pendingReports = new Set<Promise<void>>();
  const report = (status: SandboxStatus) => {
    const delivery = new Promise<void>((resolve) => setTimeout(resolve, deps.config.sandbox.statusDelayMs))
      .then(() => ingestSandboxStatus(services, committer, status))
      .catch((error: unknown) => services.logger.error({ err: error }, 'sandbox status report failed'))
      .finally(() => pendingReports.delete(delivery));
    pendingReports.add(delivery);
  };
  const sandbox = createSandboxTransport({ report, emitStatuses: deps.config.sandbox.emitStatuses });
  const cloud =
    deps.transport ??
    createCloudApiTransport({ apiUrl: deps.config.whatsapp.apiUrl, timeoutMs: deps.config.outbox.sendTimeoutMs });
  const outbox = new OutboxSender(services, (channel) => (channel.sandbox ? sandbox : cloud));
  const timers = new TimerScheduler(services);
  const callouts = new CalloutWorker(services, deps.fetch);
  const broadcasts = new BroadcastRunner(services);
  const checkpointer = new Checkpointer(deps.db, deps.config.databasePath, deps.logger);
  let pruneTimer: NodeJS.Timeout | null = null;

  const runtime: Runtime = {
    services,
    committer,
    outbox,
    timers,
    callouts,
    broadcasts,
    start() {
      services.wake = { outbox: () => outbox.wake(), callouts: () => callouts.wake(), timers: () => timers.wake() };
      checkpointer.start();
      timers.start();
      if (deps.config.outbox.enabled) outbox.start();
      callouts.start();
      broadcasts.start();
      pruneTimer = setInterval(
        () => services.bus.prune(services.clock.now() - deps.config.eventRetentionMs),
        60 * 60_000,
      );
      pruneTimer.unref();
    },
    async stop() {
      services.wake = { outbox() {}, callouts() {}, timers() {} };
      if (pruneTimer) clearInterval(pruneTimer);
      broadcasts.stop();
      await committer.close();
      timers.stop();
      await Promise.all([outbox.stop(), callouts.stop()]);
      await services.reader.stop();
      await services.reportReader.stop();
      await checkpointer.stop();
    },
    async settle() {
      for (let round = 0; round < 50; round++) {
        await committer.idle();
        const fired = timers.runDue();
        const fed = broadcasts.runDue().work;
        await callouts.drain();
        await outbox.drain();
        const reports = [...pendingReports];
        await Promise.all(reports);
        await committer.idle();
        if (fired === 0 && fed === 0 && reports.length === 0 && (await outbox.pass()) === 0) return;
        await outbox.drain();
      }
    },
    async advanceClock(target) {
      const clock = deps.clock;
      if (!isManualClock(clock)) throw new Error('advanceClock needs a manual clock');
      await runtime.settle();
      for (;;) {
        const next = earliest(timers.nextDueAt(), broadcasts.nextDueAt());
        // A timer still pending at or before now is held (its conversation is paused): step past it.
        if (next === null || next > target || next <= clock.now()) break;
        clock.set(next);
        await runtime.settle();
      }
      if (target > clock.now()) clock.set(target);
      await runtime.settle();
    },
  };

  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    services.logger.error({ err: error, path: c.req.path }, 'unhandled error');
    return c.json({ error: { code: 'internal', message: 'Internal error' } }, 500);
  });
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route for ${c.req.method} ${c.req.path}` } }, 404),
  );
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/webhooks/whatsapp', webhookRoutes(services, committer));
  app.route(
    '/api',
    apiRoutes(services, committer, {
      testClock: deps.config.testMode && isManualClock(deps.clock) ? deps.clock : null,
      advanceClock: (target) => runtime.advanceClock(target),
    }),
  );
  mountEditor(app, deps.config.editorDist);
  return { app, runtime };
}

/** The earlier of two optional times. */
function earliest(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

/** A sandbox send's status, as a real status webhook body, through the same parsing and status code. */
async function ingestSandboxStatus(
  services: Services,
  committer: GroupCommitter,
  status: SandboxStatus,
): Promise<void> {
  const body = buildStatusWebhook({
    phoneNumberId: status.channel.phoneNumberId,
    ...(status.channel.wabaId ? { wabaId: status.channel.wabaId } : {}),
    id: status.wamid,
    status: status.status,
    timestamp: services.clock.now(),
    recipientId: status.recipientId,
    ...(status.callbackData ? { callbackData: status.callbackData } : {}),
  });
  const parsed = parseWebhook(body);
  if (!parsed.ok) throw new Error(`sandbox status did not parse: ${parsed.error}`);
  await committer.submit({ events: parsed.events });
}
