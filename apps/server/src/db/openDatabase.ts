import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

export type Db = Database.Database;

/**
 * Opens (creating when needed) the SQLite file with the server's settings and applies pending migrations.
 * WAL lets readers run beside the one writer; `synchronous=NORMAL` in WAL mode makes a commit durable against a
 * process crash (the WAL is in the OS cache before COMMIT returns) — only a power cut can lose the last commits.
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Bigger page cache and memory temp storage: fewer reads on the hot path.
  db.pragma('cache_size = -32000');
  db.pragma('temp_store = MEMORY');
  migrate(db);
  // Refreshes the planner's statistics where they are stale (cheap; SQLite's advice for every open).
  db.pragma('optimize=0x10002');
  return db;
}
