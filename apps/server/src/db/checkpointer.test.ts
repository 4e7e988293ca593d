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
  it('restarts and truncates the WAL at the first pause after sustained writes; the main connection never checkpoints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-checkpoint-'));
    dirs.push(dir);
    const path = join(dir, 'test.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const limit = 4 * 1024 * 1024;
    const checkpointer = new Checkpointer(db, path, createLogger('silent'), {
      intervalMs: 1000,
      busyIntervalMs: 10,
      walSizeLimitBytes: limit,
      // Far below what the burst writes: a main connection that checkpointed on its own would show in the WAL.
      maxWalBytes: limit,
    });
    checkpointer.start();
    // ~100 KiB of rows per commit, one every few milliseconds, for over a second: what a busy group committer does.
    const body = 'x'.repeat(1000);
    const commit = db.transaction(() => {
      for (let i = 0; i < 100; i++) insert.run(body);
    });
    let commits = 0;
    const until = performance.now() + 1500;
    while (performance.now() < until) {
      commit();
      commits++;
      await pause(3);
    }
    const walAfterBurst = statSync(`${path}-wal`).size;
    expect(walAfterBurst).toBeGreaterThan(limit);
    // A pause: the worker's next passes (every 10 ms while writes came) fold everything in; the next commit
    // starts the WAL over and truncates the file to the limit.
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
