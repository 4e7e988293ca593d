import type { SimulationState } from './createSimulation.ts';
import { firstDifference } from './firstDifference.ts';
import type { SessionExpectation } from './scriptTypes.ts';

/** Checks an `expect` step against the simulated conversation; the first mismatch, or null. */
export function checkExpectation(
  expect: SessionExpectation,
  state: SimulationState,
): { message: string; path: string; expected: unknown; actual: unknown } | null {
  const session = state.session;
  const context = (session?.machine as { context?: { variables?: Record<string, string> } } | undefined)?.context;
  const checks: [string, unknown, unknown][] = [];
  if (expect.status !== undefined) checks.push(['status', expect.status, session?.status ?? 'none']);
  if (expect.endReason !== undefined) checks.push(['endReason', expect.endReason, state.ended?.reason ?? null]);
  if (expect.node !== undefined) checks.push(['node', expect.node, session?.nodeId ?? null]);
  for (const [name, value] of Object.entries(expect.variables ?? {})) {
    checks.push([`variables.${name}`, value, context?.variables?.[name]]);
  }
  for (const [name, value] of Object.entries(expect.contact?.fields ?? {})) {
    checks.push([`contact.fields.${name}`, value, state.contact.fields[name]]);
  }
  if (expect.contact?.tags !== undefined) {
    checks.push(['contact.tags', [...expect.contact.tags].sort(), [...state.contact.tags].sort()]);
  }
  if (expect.contact?.stage !== undefined) checks.push(['contact.stage', expect.contact.stage, state.contact.stage]);
  if (expect.handoff !== undefined) {
    const handoff = state.handoff;
    for (const key of ['team', 'agent'] as const) {
      if (expect.handoff[key] !== undefined) checks.push([`handoff.${key}`, expect.handoff[key], handoff?.[key]]);
    }
    if (!handoff) checks.push(['handoff', expect.handoff, null]);
  }
  if (expect.webhook !== undefined) {
    const call = state.webhook;
    if (!call) checks.push(['webhook', expect.webhook, null]);
    if (expect.webhook.method !== undefined) checks.push(['webhook.method', expect.webhook.method, call?.method]);
    if (expect.webhook.url !== undefined) checks.push(['webhook.url', expect.webhook.url, call?.url]);
    if (expect.webhook.body !== undefined) {
      checks.push(['webhook.body', expect.webhook.body, parsedBody(expect.webhook.body, call?.body)]);
    }
  }
  for (const [path, expected, actual] of checks) {
    const difference = firstDifference(expected, actual, path);
    if (difference) return { message: `expected ${path} to match`, ...difference };
  }
  return null;
}

/** A JSON body compares as the parsed object when the script gives an object. */
function parsedBody(expected: unknown, body: string | undefined): unknown {
  if (typeof expected === 'string' || body === undefined) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
