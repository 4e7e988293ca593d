import { type ConditionBranch, type ConditionRule, interpolate } from '@salesbot/graph';
import type { PlaceholderValues } from '@salesbot/whatsapp';
import { normalizeText } from './normalizeText.ts';
import { parseNumber } from './parseNumber.ts';
import { safeRegExp } from './safeRegExp.ts';

/** What a condition rule can look at, read from the session at the moment the step runs. */
export interface ConditionFacts {
  values: PlaceholderValues;
  variable(name: string): string;
  contactField(name: string): string;
  tags: readonly string[];
  lastReply: string;
  stage: string;
}

/** Whether a branch holds: all of its rules (`all`) or at least one (`any`). A branch without rules never holds. */
export function branchHolds(branch: ConditionBranch, facts: ConditionFacts): boolean {
  if (branch.rules.length === 0) return false;
  return branch.match === 'any'
    ? branch.rules.some((rule) => ruleHolds(rule, facts))
    : branch.rules.every((rule) => ruleHolds(rule, facts));
}

/**
 * One rule. Texts compare ignoring case and accents; `greaterThan` / `lessThan` compare numbers; `matches` is a
 * regular expression (case-insensitive); `isSet` means non-empty. On tags every operator asks about any tag
 * (`contains`/`equals`: the contact has it; `notContains`/`notEquals`: it has none such; `isSet`: it has tags).
 */
export function ruleHolds(rule: ConditionRule, facts: ConditionFacts): boolean {
  const expected = interpolate(rule.value ?? '', facts.values);
  if (rule.subject.kind === 'tags') {
    if (rule.operator === 'isSet') return facts.tags.length > 0;
    if (rule.operator === 'isNotSet') return facts.tags.length === 0;
    if (rule.operator === 'notContains' || rule.operator === 'notEquals') {
      return !facts.tags.some((tag) => compare('equals', tag, expected));
    }
    const operator = rule.operator === 'contains' ? 'equals' : rule.operator;
    return facts.tags.some((tag) => compare(operator, tag, expected));
  }
  return compare(rule.operator, subjectValue(rule, facts), expected);
}

function subjectValue(rule: ConditionRule, facts: ConditionFacts): string {
  switch (rule.subject.kind) {
    case 'variable':
      return facts.variable(rule.subject.name);
    case 'contactField':
      return facts.contactField(rule.subject.name);
    case 'lastReply':
      return facts.lastReply;
    case 'stage':
      return facts.stage;
    case 'tags':
      return facts.tags.join(', ');
  }
}

function compare(operator: ConditionRule['operator'], actual: string, expected: string): boolean {
  const a = normalizeText(actual);
  const b = normalizeText(expected);
  switch (operator) {
    case 'equals':
      return a === b;
    case 'notEquals':
      return a !== b;
    case 'contains':
      return a.includes(b);
    case 'notContains':
      return !a.includes(b);
    case 'startsWith':
      return a.startsWith(b);
    case 'endsWith':
      return a.endsWith(b);
    case 'matches':
      return safeRegExp(expected, 'i')?.test(actual) ?? false;
    case 'greaterThan':
    case 'lessThan': {
      const x = parseNumber(actual);
      const y = parseNumber(expected);
      if (x === null || y === null) return false;
      return operator === 'greaterThan' ? x > y : x < y;
    }
    case 'isSet':
      return a !== '';
    case 'isNotSet':
      return a === '';
  }
}
