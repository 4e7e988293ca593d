import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Db } from './openDatabase.ts';

const require = createRequire(import.meta.url);

/**
 * Checkpoints the WAL from a worker thread with its own connection, so the fsync of the database file never runs
 * on the event loop. The main connection's auto-checkpoint is off; as a safety net, if the WAL still grows past
 * `maxWalBytes` (the worker stalled), the main connection checkpoints itself.
 */
export class Checkpointer {
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When the worker last reported a checkpoint pass that worked (wall time: operational, not domain). */
  private lastReport = 0;

  constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly logger: Logger,
    private readonly options: {
      intervalMs: number;
      busyIntervalMs: number;
      walSizeLimitBytes: number;
      maxWalBytes: number;
    } = {
      intervalMs: 1000,
      busyIntervalMs: 25,
      walSizeLimitBytes: 64 * 1024 * 1024,
      maxWalBytes: 256 * 1024 * 1024,
    },
  ) {}

  start(): void {
    if (this.path === ':memory:' || this.worker) return;
    this.db.pragma('wal_autocheckpoint = 0');
    // When a checkpoint has folded the whole WAL in, the next writer starts it over and truncates the file to this
    // size: the file's size then says how much is really waiting.
    this.db.pragma(`journal_size_limit = ${this.options.walSizeLimitBytes}`);
    // The worker checkpoints every `intervalMs`, and again after `busyIntervalMs` while writes keep coming. The WAL
    // restarts (and is truncated) only when a writer begins after a checkpoint copied all of it: short passes end in
    // a gap between group commits; under writes that never pause, a RESTART checkpoint past `walSizeLimitBytes`
    // forces it. That one holds the write lock while it copies the rest, so the server's transactions begin
    // IMMEDIATE (they wait for it instead of failing with SQLITE_BUSY, as a deferred one that read first would).
    // It reports each pass, so the main connection knows it is alive.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const Database = require(workerData.module);
      const db = new Database(workerData.path);
      db.pragma('busy_timeout = 5000');
      let timer = null;
      let lastFrames = 0;
      const pass = () => {
        let busy = false;
        try {
          let [result] = db.pragma('wal_checkpoint(PASSIVE)');
          // Writes that never pause never leave the WAL fully copied, so it would not restart: past the limit the
          // rest is copied while writers wait (the passive pass just copied nearly all of it, so the wait is short).
          if (result.log > workerData.restartFrames) [result] = db.pragma('wal_checkpoint(RESTART)');
          // New frames since the last pass, or frames left behind: writes are coming.
          busy = result.log !== lastFrames || result.checkpointed < result.log;
          lastFrames = result.log;
          parentPort.postMessage({ frames: result.log, checkpointed: result.checkpointed });
        } catch (error) {
          parentPort.postMessage({ error: String(error) });
        }
        timer = setTimeout(pass, busy ? workerData.busyIntervalMs : workerData.intervalMs);
      };
      timer = setTimeout(pass, workerData.intervalMs);
      parentPort.on('message', (message) => {
        if (message === 'stop') { clearTimeout(timer); db.close(); process.exit(0); }
      });`;
    this.worker = new Worker(source, {
      eval: true,
      workerData: {
        path: this.path,
        module: require.resolve('better-sqlite3'),
        intervalMs: this.options.intervalMs,
        busyIntervalMs: this.options.busyIntervalMs,
        restartFrames: Math.floor(
          this.options.walSizeLimitBytes / (this.db.pragma('page_size', { simple: true }) as number),
        ),
      },
    });
    this.worker.on('message', (message: { error?: string }) => {
      // Only a pass that worked counts: a worker that keeps failing leaves the WAL to the safety net.
      if (message.error) this.logger.warn({ message: message.error }, 'background checkpoint failed');
      else this.lastReport = Date.now();
    });
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'checkpoint worker failed'));
    this.worker.unref();
    this.lastReport = Date.now();
    // Safety net on the main connection, checked rarely.
    this.timer = setInterval(() => this.guard(), 10_000);
    this.timer.unref();
  }

  /** Stops the worker and folds the WAL into the database (a clean shutdown leaves a small WAL). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const worker = this.worker;
    this.worker = null;
    if (worker) {
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await exited;
    }
    if (this.db.open && this.path !== ':memory:') {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (error) {
        this.logger.warn({ err: error }, 'final checkpoint failed');
      }
    }
  }

  private guard(): void {
    // A worker that reports is checkpointing; a long WAL under sustained writes is its business, not the event loop's
    // (a checkpoint here stalls every request for as long as it takes to copy the WAL).
    if (this.worker && Date.now() - this.lastReport < 30_000) return;
    let size = 0;
    try {
      size = statSync(`${this.path}-wal`).size;
    } catch {
      return;
    }
    if (size <= this.options.maxWalBytes) return;
    this.logger.warn({ walBytes: size }, 'WAL too large; checkpointing on the main connection');
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }
}
