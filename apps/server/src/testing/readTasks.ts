import { isMainThread } from 'node:worker_threads';
import type { ReadTask } from '../db/readWorker.ts';

// Read tasks for the ReadWorker's tests (`ReadWorker.task` imports a module by its URL).

/** The notes whose text contains `word`, counted in JavaScript, and whether the main thread counted them. */
export const countNotes: ReadTask<{ word: string }, { n: number; mainThread: boolean }> = (db, { word }) => {
  const texts = db.prepare('SELECT text FROM notes').pluck().all() as string[];
  return { n: texts.filter((text) => text.includes(word)).length, mainThread: isMainThread };
};

/** Always fails, with a reason. */
export const failing: ReadTask<unknown, never> = () => {
  throw new Error('the task could not count');
};

/** Tries to write through the worker's connection. */
export const writing: ReadTask<unknown, unknown> = (db) => db.prepare("INSERT INTO notes (text) VALUES ('x')").run();

/** Answers what a thread cannot copy back (a function). */
export const uncloneable: ReadTask<unknown, unknown> = () => ({ later: () => 1 });
