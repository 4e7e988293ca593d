import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics.ts';
import { CURRENT_SCHEMA_VERSION } from '../graph.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { getAt } from './paths.ts';

type Issue = z.core.$ZodIssue;

const LOCATORS = { nodes: 'nodeId', edges: 'edgeId', triggers: 'triggerId' } as const;

/**
 * Zod issues as `schema.invalid` diagnostics: `nodes.<i>` / `edges.<i>` / `triggers.<i>` in the issue's path become
 * the item's id (when it has one), the rest the dotted `path` (a node's `data.` dropped). `doc` is the parsed input.
 */
export function schemaDiagnostics(issues: readonly Issue[], doc: unknown): Diagnostic[] {
  return issues.map((issue) => {
    const diagnostic: Diagnostic = {
      code: 'schema.invalid',
      severity: DIAGNOSTIC_CODES['schema.invalid'].severity,
      message: describeIssue(issue, doc),
    };
    let rest: PropertyKey[] = [...issue.path];
    const [collection, index] = rest;
    if (typeof collection === 'string' && collection in LOCATORS && typeof index === 'number') {
      const id = getAt(doc, [collection, index, 'id']);
      if (typeof id === 'string' && id !== '') {
        diagnostic[LOCATORS[collection as keyof typeof LOCATORS]] = id;
        rest = rest.slice(2);
        if (collection === 'nodes' && rest[0] === 'data') rest = rest.slice(1);
      }
    }
    if (rest.length > 0) diagnostic.path = rest.map(String).join('.');
    return diagnostic;
  });
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function describeIssue(issue: Issue, doc: unknown): string {
  const value = getAt(doc, issue.path);
  const key = lastKey(issue.path);
  if (issue.path.length === 1 && issue.path[0] === 'schemaVersion') return describeVersion(value);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'The file does not hold a flow: expected a JSON object.';
      if (value === undefined) return `${key} is missing.`;
      return `${key} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describeValue(value)}.`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator && 'options' in issue) {
        const options = (issue.options as unknown[]).map(String).join(', ');
        const kind = issue.path.length === 3 && issue.path[0] === 'nodes' ? 'step type' : `“${issue.discriminator}”`;
        return value === undefined
          ? `${key} is missing.`
          : `Unknown ${kind} ${show(value)}; expected one of: ${options}.`;
      }
      return `${key} does not match any allowed form.`;
    case 'invalid_value':
      return `${key} is ${show(value)}; expected ${issue.values.length > 1 ? 'one of: ' : ''}${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${key} is empty.`;
      return `${key} is too small: ${issue.message.replace(/^Too small: /, '')}.`;
    case 'too_big':
      return `${key} is too large: ${issue.message.replace(/^Too big: /, '')}.`;
    case 'invalid_format':
      return `${key} ${show(value)} is not valid: ${issue.message}.`;
    default:
      return `${key}: ${issue.message}`;
  }
}

function describeVersion(value: unknown): string {
  if (typeof value === 'number' && value > CURRENT_SCHEMA_VERSION) {
    return `This flow was saved by a newer Salesbot (format version ${value}); this version reads format ${CURRENT_SCHEMA_VERSION}.`;
  }
  return `Unknown format version ${show(value)}; expected ${CURRENT_SCHEMA_VERSION}.`;
}

/** The field an issue is about, quoted: “title”; the flow itself when the path is empty. */
function lastKey(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((segment) => typeof segment === 'string');
  return named === undefined ? 'The flow' : `“${String(named)}”`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'string' ? 'a text' : `${EXPECTED[typeof value] ?? typeof value}`;
}

function show(value: unknown): string {
  if (typeof value === 'string') return `“${value.length > 40 ? `${value.slice(0, 39)}…` : value}”`;
  if (value === undefined) return 'missing';
  try {
    return JSON.stringify(value)?.slice(0, 40) ?? String(value);
  } catch {
    return String(value);
  }
}
