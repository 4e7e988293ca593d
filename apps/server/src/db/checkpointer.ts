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

  constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly logger: Logger,
    private readonly options: { intervalMs: number; maxWalBytes: number } = {
      intervalMs: 1000,
      maxWalBytes: 256 * 1024 * 1024,
    },
  ) {}

  start(): void {
    if (this.path === ':memory:' || this.worker) return;
    this.db.pragma('wal_autocheckpoint = 0');
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const Database = require(workerData.module);
      const db = new Database(workerData.path);
      db.pragma('busy_timeout = 5000');
      const timer = setInterval(() => {
        try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (error) { parentPort.postMessage(String(error)); }
      }, workerData.intervalMs);
      parentPort.on('message', (message) => {
        if (message === 'stop') { clearInterval(timer); db.close(); process.exit(0); }
      });`;
    this.worker = new Worker(source, {
      eval: true,
      workerData: { path: this.path, module: require.resolve('better-sqlite3'), intervalMs: this.options.intervalMs },
    });
    this.worker.on('message', (message) => this.logger.warn({ message }, 'background checkpoint failed'));
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'checkpoint worker failed'));
    this.worker.unref();
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
