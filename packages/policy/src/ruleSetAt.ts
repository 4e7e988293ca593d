import type { RuleSet } from './types.ts';

/**
 * The rule set in force at `at`: the one with the latest `effectiveFrom` not after it. Before the earliest set,
 * the earliest applies (we know no older rules). Throws only on an empty list, a programming error.
 */
export function ruleSetAt(at: number, ruleSets: readonly RuleSet[]): RuleSet {
  let chosen: RuleSet | undefined;
  let chosenFrom = Number.NEGATIVE_INFINITY;
  let earliest: RuleSet | undefined;
  let earliestFrom = Number.POSITIVE_INFINITY;
  for (const set of ruleSets) {
    const from = effectiveFromMs(set);
    if (from <= at && from >= chosenFrom) {
      chosen = set;
      chosenFrom = from;
    }
    if (from < earliestFrom) {
      earliest = set;
      earliestFrom = from;
    }
  }
  const found = chosen ?? earliest;
  if (!found) throw new Error('ruleSetAt: no rule sets given');
  return found;
}

/** `effectiveFrom` in epoch ms; a bare date means midnight UTC. */
export function effectiveFromMs(set: RuleSet): number {
  const iso = set.effectiveFrom.includes('T') ? set.effectiveFrom : `${set.effectiveFrom}T00:00:00Z`;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`Rule set ${set.id}: effectiveFrom "${set.effectiveFrom}" is not an ISO date`);
  return ms;
}
