import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import type { Logger } from 'pino';
import type { Db } from './openDatabase.ts';
import { stmt } from './stmt.ts';

const require = createRequire(import.meta.url);

/**
 * A read that needs more than SQL (parsing the step traces of a flow's sessions): an export of a module that the worker
 * imports, called with its own read-only connection and `params`; what it returns is copied back (structured clone).
 */
export type ReadTask<P, R> = (db: Database, params: P) => R;

/**
 * Runs the reads that scan (the inbox's search through every message) on a connection of their own in a worker
 * thread, so they never hold the event loop that answers webhooks: a search over 300,000 conversations takes about
 * 0.4 s, and every delivery arriving meanwhile would wait for it. In WAL mode that connection reads the last
 * committed state while the main one writes. Started on first use; a worker that dies is replaced on the next call
 * (the calls it held fail). A database without a file (`:memory:`) has nothing to share: its reads run in place.
 */
export class ReadWorker {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(result: unknown): void; reject(error: Error): void }>();

  constructor(
    private readonly db: Db,
    private readonly path: string,
    private readonly logger: Logger,
  ) {}

  /** The rows of a read-only statement, with named (`@name`) or positional parameters. */
  all<T>(sql: string, params: Record<string, unknown> | unknown[]): Promise<T[]> {
    if (this.path === ':memory:') return Promise.resolve(stmt(this.db, sql).all(params) as T[]);
    return this.call({ sql, params }) as Promise<T[]>;
  }

  /**
   * Runs the export `name` of the module at `moduleUrl` (`import.meta.resolve`d: TypeScript runs, as everywhere in
   * the server) on the worker's connection: `ReadTask`.
   */
  async task<P, R>(moduleUrl: string, name: string, params: P): Promise<R> {
    if (this.path === ':memory:') {
      const task = (await import(moduleUrl))[name] as ReadTask<P, R>;
      return task(this.db, params);
    }
    return this.call({ module: moduleUrl, name, params }) as Promise<R>;
  }

  private call(message: Record<string, unknown>): Promise<unknown> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Held while it has work (a caller awaits it), let go when idle (it never keeps the process alive).
      if (this.pending.size === 0) worker.ref();
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  }

  /** Ends the worker; calls still waiting fail. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.fail(new Error('the read worker stopped'));
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    // `query_only`: whatever it is given, this connection cannot write. Messages are handled one at a time, in
    // order: a task's module is imported (TypeScript through tsx, registered on the first task) before it runs.
    const source = `
      const { parentPort, workerData } = require('node:worker_threads');
      const Database = require(workerData.module);
      const db = new Database(workerData.path, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      db.pragma('query_only = ON');
      const statements = new Map();
      let tsx = null;
      const modules = new Map();
      const load = async (url) => {
        tsx ??= import(workerData.tsx).then(({ register }) => register());
        await tsx;
        if (!modules.has(url)) modules.set(url, import(url));
        return modules.get(url);
      };
      const run = async ({ sql, params, module, name }) => {
        if (module !== undefined) return (await load(module))[name](db, params);
        let statement = statements.get(sql);
        if (!statement) {
          statement = db.prepare(sql);
          statements.set(sql, statement);
        }
        return statement.all(params);
      };
      const reason = (error) => (error instanceof Error ? error.message : String(error));
      let queue = Promise.resolve();
      parentPort.on('message', (message) => {
        queue = queue.then(async () => {
          let reply;
          try {
            reply = { id: message.id, result: await run(message) };
          } catch (error) {
            reply = { id: message.id, error: reason(error) };
          }
          try {
            parentPort.postMessage(reply);
          } catch (error) {
            parentPort.postMessage({ id: message.id, error: 'its result cannot be sent back: ' + reason(error) });
          }
        });
      });`;
    const worker = new Worker(source, {
      eval: true,
      workerData: {
        path: this.path,
        module: require.resolve('better-sqlite3'),
        tsx: import.meta.resolve('tsx/esm/api'),
      },
    });
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.error !== undefined) call?.reject(new Error(message.error));
      else call?.resolve(message.result);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.logger.error({ err: error }, 'read worker failed; the next read starts another');
      this.fail(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`the read worker exited (code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private fail(error: Error): void {
    for (const call of this.pending.values()) call.reject(error);
    this.pending.clear();
  }
}
