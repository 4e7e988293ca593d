import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { migrateGraph } from '@salesbot/graph';
import type { FileDiagnostic } from './formatDiagnostic.ts';

/** Conversation scripts sit beside flows (`x.script.json`) and are not flows. */
export const isScriptFile = (file: string): boolean => file.endsWith('.script.json');

/** A flow file: JSON that is not a conversation script. */
export const isFlowFile = (file: string): boolean => file.endsWith('.json') && !isScriptFile(file);

/** The files the arguments name: a directory stands for the files in it that `accept` takes (flows), sorted. */
export function expandArgs(args: readonly string[], cwd: string, accept = isFlowFile): string[] {
  return args.flatMap((arg) => {
    const path = resolve(cwd, arg);
    let isDirectory = false;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // A missing file is reported when it is read.
    }
    if (!isDirectory) return [arg];
    return readdirSync(path)
      .filter(accept)
      .sort()
      .map((file) => join(arg, file));
  });
}

export type ReadResult = { ok: true; doc: unknown } | { ok: false; code: string; message: string };

/** A file's JSON, or why it could not be had. */
export function readJson(path: string): ReadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : String(error);
    return { ok: false, code: 'file.unreadable', message: `Cannot read the file: ${reason}.` };
  }
  try {
    return { ok: true, doc: JSON.parse(text) };
  } catch (error) {
    return { ok: false, code: 'file.invalidJson', message: `The file is not valid JSON: ${(error as Error).message}.` };
  }
}

/** A file named on the command line (relative to `cwd`): its JSON, or the error diagnostic that says why not. */
export function readArgFile(
  file: string,
  cwd: string,
): { ok: true; doc: unknown } | { ok: false; diagnostic: FileDiagnostic } {
  const result = readJson(resolve(cwd, file));
  if (result.ok) return result;
  return { ok: false, diagnostic: { file, code: result.code, severity: 'error', message: result.message } };
}

/** The ids of every flow in the directories of `files` (what `goToFlow` may name). Unreadable files are skipped. */
export function flowIdsBeside(files: readonly string[], cwd: string): string[] {
  const ids = new Set<string>();
  const directories = new Set(files.map((file) => dirname(resolve(cwd, file))));
  for (const directory of directories) {
    let entries: string[] = [];
    try {
      entries = readdirSync(directory).filter(isFlowFile);
    } catch {
      continue;
    }
    for (const entry of entries) {
      const result = readJson(join(directory, entry));
      const id = result.ok ? (migrateGraph(result.doc) as { id?: unknown } | null)?.id : undefined;
      if (typeof id === 'string') ids.add(id);
    }
  }
  return [...ids];
}
