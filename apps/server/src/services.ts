import type { Logger } from 'pino';
import { FlowCache } from './bot/flowCache.ts';
import type { Clock } from './clock.ts';
import type { Config } from './config.ts';
import type { Db } from './db/openDatabase.ts';
import { ReadWorker } from './db/readWorker.ts';
import { EventBus } from './events/eventBus.ts';
import { ChannelStore } from './store/channels.ts';
import { MemberStore } from './store/members.ts';
import { TemplateRegistry } from './store/templateRegistry.ts';
import type { SigningDirectory } from './webhook/signingSecrets.ts';

/** What the loops want to hear about after a commit. */
export interface Wakers {
  outbox(): void;
  callouts(): void;
  timers(): void;
}

/** Everything the request handlers and the background loops share. One per app. */
export interface Services {
  db: Db;
  clock: Clock;
  config: Config;
  logger: Logger;
  bus: EventBus;
  channels: ChannelStore;
  /** The channels' app secrets, as webhook signature checks see them. */
  signing: SigningDirectory;
  members: MemberStore;
  flows: FlowCache;
  templates: TemplateRegistry;
  /** Reads that scan, run off the event loop (the inbox's search). */
  reader: ReadWorker;
  /**
   * A second read worker for reports that read for seconds (flow results over a busy period): on the first, the
   * inbox's and contacts' pages would wait behind them.
   */
  reportReader: ReadWorker;
  wake: Wakers;
  /** Set inside a transaction when it queued webhook calls, so only those commits wake the callout worker. */
  hints: { callouts: boolean };
  /** Runs `fn` in a transaction and, after the commit, wakes the SSE streams and the loops. */
  transact<T>(fn: () => T): T;
}

/** Builds the shared services; the loops replace `wake` when they start. */
export function createServices(deps: { db: Db; clock: Clock; config: Config; logger: Logger }): Services {
  const channels = new ChannelStore(deps.db);
  const services: Services = {
    ...deps,
    // Ids seeded from the time: a restarted server's ids continue above the old ones (Last-Event-ID keeps meaning).
    bus: new EventBus(deps.db, { firstId: deps.clock.now() * 1000, retainPerWorkspace: 10_000 }),
    channels,
    signing: {
      get global() {
        return deps.config.whatsapp.appSecret;
      },
      byPhoneNumberId: (phoneNumberId) => channels.byPhoneNumberId(phoneNumberId),
      all: () => channels.all(),
    },
    members: new MemberStore(deps.db),
    flows: new FlowCache(deps.db),
    templates: new TemplateRegistry(deps.db),
    reader: new ReadWorker(deps.db, deps.config.databasePath, deps.logger),
    reportReader: new ReadWorker(deps.db, deps.config.databasePath, deps.logger),
    wake: { outbox() {}, callouts() {}, timers() {} },
    hints: { callouts: false },
    transact<T>(fn: () => T): T {
      // IMMEDIATE: the write lock is taken at BEGIN, so a checkpoint holding it makes us wait, not fail (a deferred
      // transaction that read first cannot wait for it: SQLITE_BUSY).
      const result = services.bus.withRollback(() => deps.db.transaction(fn).immediate());
      afterCommit(services);
      return result;
    },
  };
  return services;
}

/** Tells everyone waiting on new rows that a commit happened. */
export function afterCommit(services: Services): void {
  services.bus.notify();
  services.wake.outbox();
  services.wake.timers();
  if (services.hints.callouts) {
    services.hints.callouts = false;
    services.wake.callouts();
  }
}
