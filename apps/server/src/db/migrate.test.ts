import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from './migrate.ts';
import { openDatabase } from './openDatabase.ts';

const dirs: string[] = [];
function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-migrate-'));
  dirs.push(dir);
  return join(dir, 'test.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrate', () => {
  it('applies each migration once, in order, and records it', () => {
    const db = new Database(':memory:');
    const list = [
      { version: 2, name: 'second', sql: 'ALTER TABLE t ADD COLUMN b TEXT;' },
      { version: 1, name: 'first', sql: 'CREATE TABLE t (a TEXT);' },
    ];
    expect(migrate(db, list)).toEqual([1, 2]);
    expect(migrate(db, list)).toEqual([]);
    expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1, name: 'first' },
      { version: 2, name: 'second' },
    ]);
  });

  it('rolls a failing migration back entirely and leaves it unrecorded', () => {
    const db = new Database(':memory:');
    const list = [{ version: 1, name: 'broken', sql: 'CREATE TABLE t (a TEXT); CREATE TABLE t (a TEXT);' }];
    expect(() => migrate(db, list)).toThrow();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't'").pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(0);
  });

  it('opens a file database in WAL mode with foreign keys and synchronous=NORMAL, idempotently', () => {
    const path = tempPath();
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(path);
    expect(again.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBeGreaterThan(0);
    again.close();
  });
});
