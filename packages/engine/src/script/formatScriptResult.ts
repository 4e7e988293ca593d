import type { ScriptFailure, ScriptResult } from './scriptTypes.ts';

/** A script's result as lines for a terminal: ✓/✗ per conversation, and the first difference under a failure. */
export function formatScriptResult(result: ScriptResult, label = result.flow): string[] {
  const lines: string[] = [];
  for (const conversation of result.conversations) {
    lines.push(`${conversation.ok ? '✓' : '✗'} ${label} › ${conversation.name}`);
    if (conversation.failure) lines.push(...formatFailure(conversation.failure).map((line) => `    ${line}`));
  }
  if (result.conversations.length === 0) lines.push(`✗ ${label}: no conversations`);
  return lines;
}

/** The readable diff of one failure: which step, what, where, expected and actual. */
export function formatFailure(failure: ScriptFailure): string[] {
  const where = failure.step < 0 ? failure.stepKind : `step ${failure.step + 1} (${failure.stepKind})`;
  const lines = [`${where}: ${failure.message}`];
  if (failure.path !== undefined) lines.push(`at ${failure.path}`);
  if ('expected' in failure) lines.push(`  expected: ${show(failure.expected)}`);
  if ('actual' in failure) lines.push(`  actual:   ${show(failure.actual)}`);
  return lines;
}

function show(value: unknown): string {
  return value === undefined ? '(missing)' : JSON.stringify(value);
}
