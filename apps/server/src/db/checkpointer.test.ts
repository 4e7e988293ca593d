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
  it('keeps the WAL from growing without bound under sustained writes (the main connection never checkpoints)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-checkpoint-'));
    dirs.push(dir);
    const path = join(dir, 'test.db');
    const db = openDatabase(path);
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
    const checkpointer = new Checkpointer(db, path, createLogger('silent'), {
      intervalMs: 50,
      busyIntervalMs: 10,
      restartBytes: 16 * 1024 * 1024,
      maxWalBytes: 256 * 1024 * 1024,
    });
    checkpointer.start();
    // ~100 KiB of rows per commit, a commit every millisecond or two, for about two seconds: what a busy group
    // committer does. Without a restart the WAL would hold every byte written.
    const body = 'x'.repeat(1000);
    const commit = db.transaction(() => {
      for (let i = 0; i < 100; i++) insert.run(body);
    });
    let written = 0;
    let largestWal = 0;
    const until = performance.now() + 2000;
    while (performance.now() < until) {
      commit();
      written += 100 * body.length;
      largestWal = Math.max(largestWal, statSync(`${path}-wal`).size);
      await pause(1);
    }
    await checkpointer.stop();
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(written / body.length);
    expect(written).toBeGreaterThan(50 * 1024 * 1024);
    // The WAL restarted along the way: far smaller than what went through it.
    expect(largestWal).toBeLessThan(written / 3);
    // The clean stop folded it in and truncated it.
    expect(statSync(`${path}-wal`).size).toBe(0);
    db.close();
  });
});
