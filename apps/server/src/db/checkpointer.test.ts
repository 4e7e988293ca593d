import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { Checkpointer } from './checkpointer.ts';
import { openDatabase } from './openDatabase.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Checkpointer', () => {
  it('keeps the WAL bounded under writes that never pause, and shrinks it at the first pause', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-checkpoint-'));
    dirs.push(dir);
    const path = join(dir, 'test.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const limit = 4 * 1024 * 1024;
    const checkpointer = new Checkpointer(db, path, createLogger('silent'), {
      intervalMs: 50,
      busyIntervalMs: 10,
      walSizeLimitBytes: limit,
      maxWalBytes: 256 * 1024 * 1024,
    });
    checkpointer.start();
    // ~100 KiB of rows per commit, one every few milliseconds, for two seconds: what a busy group committer does
    // (IMMEDIATE, as the server's transactions are: they wait while the worker's restart holds the write lock).
    const body = 'x'.repeat(1000);
    const transaction = db.transaction(() => {
      for (let i = 0; i < 100; i++) insert.run(body);
    });
    const commit = () => transaction.immediate();
    let commits = 0;
    let largestWal = 0;
    const until = performance.now() + 2000;
    while (performance.now() < until) {
      commit();
      commits++;
      largestWal = Math.max(largestWal, statSync(`${path}-wal`).size);
      await pause(3);
    }
    const written = commits * 100 * body.length;
    expect(written).toBeGreaterThan(8 * limit);
    // The WAL restarted along the way, many times: it never held more than a few times the limit.
    expect(largestWal).toBeLessThan(3 * limit);
    // A pause: the worker's next passes fold everything in; the next commit starts the WAL over and truncates the
    // file to the limit.
    await pause(200);
    commit();
    commits++;
    expect(statSync(`${path}-wal`).size).toBeLessThanOrEqual(limit);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(commits * 100);
    await checkpointer.stop();
    // The clean stop folded it in and truncated it.
    expect(statSync(`${path}-wal`).size).toBe(0);
    db.close();
  });
});
