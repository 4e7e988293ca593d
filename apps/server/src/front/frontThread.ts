import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';
import { commitDelivery } from '../webhook/commitDelivery.ts';
import type { DirectorySnapshot, FromFront, FrontData, ToFront } from './frontMessages.ts';

/** The running front thread. */
export interface FrontThread {
  /** The public port it listens on. */
  port: number;
  /**
   * Stops taking connections and waits (up to `timeoutMs`) for the requests in flight to be answered — the app
   * must keep committing meanwhile — then ends the thread.
   */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Starts the front thread: the public HTTP server on `port`, which checks WhatsApp deliveries there and submits
 * their events to `committer` here, and forwards every other request to the app on `internalPort`. The event
 * loop here keeps the database and the bots and no longer parses HTTP, verifies signatures or validates payloads.
 * `onFailure` hears of a thread that died or could not listen.
 */
export function startFrontThread(options: {
  port: number;
  host: string;
  internalPort: number;
  services: Services;
  committer: GroupCommitter;
  logger: Logger;
  onFailure(error: Error): void;
}): Promise<FrontThread> {
  const { services, committer, logger } = options;
  const snapshot = (): DirectorySnapshot => ({
    global: services.signing.global,
    channels: services.channels.all().map((channel) => ({
      phoneNumberId: channel.phoneNumberId,
      wabaId: channel.wabaId,
      appSecret: channel.appSecret,
    })),
  });
  const data: FrontData = {
    port: options.port,
    host: options.host,
    internalPort: options.internalPort,
    maxBodyBytes: services.config.webhook.maxBodyBytes,
    directory: snapshot(),
  };
  // The worker runs TypeScript like the rest of the server: it registers tsx before loading its module.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => {
    register();
    return import(${JSON.stringify(new URL('./frontWorker.ts', import.meta.url).href)});
  });`;
  const worker = new Worker(bootstrap, { eval: true, workerData: data });
  const post = (message: ToFront) => worker.postMessage(message);

  // A channel write (inside its transaction) drops the cache: the new secrets go out once it committed.
  let directoryQueued = false;
  const unsubscribe = services.channels.onChange(() => {
    if (directoryQueued) return;
    directoryQueued = true;
    setImmediate(() => {
      directoryQueued = false;
      post({ type: 'directory', snapshot: snapshot() });
    });
  });

  let closing = false;
  let closed: (() => void) | null = null;
  return new Promise((resolve, reject) => {
    let listening = false;
    // Before it listens, a failure fails the start; after, the process hears of it.
    const fail = (error: Error) => (listening ? options.onFailure(error) : reject(error));
    worker.on('message', (message: FromFront) => {
      switch (message.type) {
        case 'submit':
          commitDelivery(committer, logger, message.events).then(
            (ok) => post({ type: 'committed', id: message.id, ok }),
            (error: unknown) => {
              logger.error({ err: error }, 'webhook delivery not applied');
              post({ type: 'committed', id: message.id, ok: false });
            },
          );
          break;
        case 'listening':
          listening = true;
          resolve({
            port: message.port,
            close(timeoutMs = 5_000) {
              closing = true;
              unsubscribe();
              return new Promise<void>((done) => {
                const timer = setTimeout(done, timeoutMs);
                closed = () => {
                  clearTimeout(timer);
                  done();
                };
                post({ type: 'close' });
              }).then(() => worker.terminate().then(() => undefined));
            },
          });
          break;
        case 'closed':
          closed?.();
          break;
        case 'failed':
          fail(new Error(`front thread: ${message.message}`));
          break;
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`front thread exited (code ${code})`));
    });
  });
}
