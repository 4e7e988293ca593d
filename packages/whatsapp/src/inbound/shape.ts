import type { z } from 'zod';

/** Where a value sits in the webhook body: `['entry', 0, 'changes', 1, 'value']`. */
export type Path = readonly (string | number)[];

/**
 * Thrown while walking a webhook body, caught by `parseWebhook` and returned as `{ ok: false }`: walking stops at
 * the first malformed value, and threading a result through every level would bury the mapping.
 */
export class ShapeError extends Error {
  constructor(
    readonly path: Path,
    readonly detail: string,
  ) {
    super(`${describePath(path)} ${detail}`);
  }
}

/** The value parsed by `schema`, or a ShapeError naming the first bad field under `path`. */
export function check<S extends z.ZodType>(schema: S, value: unknown, path: Path): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new ShapeError(path, 'is malformed');
  const issuePath = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
  throw new ShapeError([...path, ...issuePath], describeIssue(issue, valueAt(value, issuePath)));
}

/** `entry[0].changes[1].value.messages[2].id`; '' for the body itself. */
export function formatPath(path: Path): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

function describePath(path: Path): string {
  return path.length === 0 ? 'the body' : formatPath(path);
}

function describeIssue(issue: z.core.$ZodIssue, actual: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return actual === undefined ? 'is missing' : `should be ${withArticle(issue.expected)}`;
    case 'invalid_value':
      return `should be ${issue.values.map((value) => JSON.stringify(value)).join(' or ')}`;
    default:
      return issue.message;
  }
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
