import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { type Db, openDatabase } from './openDatabase.ts';
import { ReadWorker } from './readWorker.ts';

describe('ReadWorker', () => {
  let dir: string;
  let db: Db;
  let reader: ReadWorker;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'salesbot-reader-'));
    db = openDatabase(join(dir, 'test.db'));
    db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('first');
    reader = new ReadWorker(db, join(dir, 'test.db'), createLogger('silent'));
  });
  afterEach(async () => {
    await reader?.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads what the main connection committed, with named or positional parameters', async () => {
    expect(await reader.all('SELECT text FROM notes WHERE id = ?', [1])).toEqual([{ text: 'first' }]);
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('second');
    expect(await reader.all('SELECT text FROM notes WHERE text LIKE @like ORDER BY id', { like: '%s%' })).toEqual([
      { text: 'first' },
      { text: 'second' },
    ]);
  });

  it("does not see a transaction the main connection has not committed (WAL: the last commit's state)", async () => {
    db.exec('BEGIN');
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('pending');
    expect(await reader.all('SELECT count(*) AS n FROM notes', [])).toEqual([{ n: 1 }]);
    db.exec('COMMIT');
    expect(await reader.all('SELECT count(*) AS n FROM notes', [])).toEqual([{ n: 2 }]);
  });

  it('cannot write, and a bad statement fails its call with SQLite’s reason, not the worker', async () => {
    await expect(reader.all("INSERT INTO notes (text) VALUES ('x') RETURNING id", [])).rejects.toThrow(/readonly/i);
    await expect(reader.all('SELECT nope FROM notes', [])).rejects.toThrow(/no such column: nope/);
    expect(await reader.all('SELECT count(*) AS n FROM notes', [])).toEqual([{ n: 1 }]);
  });

  it('fails the calls a dead worker held, and starts another for the next', async () => {
    // A statement that runs long enough to be cut off.
    const long = reader.all(
      'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000) SELECT count(*) FROM n',
      [],
    );
    const worker = (reader as unknown as { worker: { terminate(): Promise<number> } }).worker;
    await worker.terminate();
    await expect(long).rejects.toThrow(/exited/);
    expect(await reader.all('SELECT text FROM notes', [])).toEqual([{ text: 'first' }]);
  });

  it('runs a task module’s export on its own thread and connection; a failing task fails its call only', async () => {
    const tasks = import.meta.resolve('../testing/readTasks.ts');
    db.prepare('INSERT INTO notes (text) VALUES (?)').run('second first');
    expect(await reader.task(tasks, 'countNotes', { word: 'first' })).toEqual({ n: 2, mainThread: false });
    await expect(reader.task(tasks, 'failing', {})).rejects.toThrow('the task could not count');
    await expect(reader.task(tasks, 'writing', {})).rejects.toThrow(/readonly/i);
    await expect(reader.task(tasks, 'missing', {})).rejects.toThrow(/not a function/);
    await expect(reader.task(tasks, 'uncloneable', {})).rejects.toThrow(/its result cannot be sent back/);
    // Calls are answered in order, statements and tasks alike, and the worker lives on.
    const [rows, counted] = await Promise.all([
      reader.all('SELECT count(*) AS n FROM notes', []),
      reader.task(tasks, 'countNotes', { word: 'second' }),
    ]);
    expect(rows).toEqual([{ n: 2 }]);
    expect(counted).toEqual({ n: 1, mainThread: false });
  });

  it('reads in place when the database has no file to share', async () => {
    const memory = openDatabase(':memory:');
    memory.exec("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('here')");
    const inPlace = new ReadWorker(memory, ':memory:', createLogger('silent'));
    expect(await inPlace.all('SELECT v FROM t', [])).toEqual([{ v: 'here' }]);
    memory.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('a word')");
    const tasks = import.meta.resolve('../testing/readTasks.ts');
    expect(await inPlace.task(tasks, 'countNotes', { word: 'word' })).toEqual({ n: 1, mainThread: true });
    await inPlace.stop();
    memory.close();
  });
});
