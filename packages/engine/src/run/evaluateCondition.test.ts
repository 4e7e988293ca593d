import type { ConditionRule } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { branchHolds, type ConditionFacts, ruleHolds } from './evaluateCondition.ts';

const facts: ConditionFacts = {
  values: { city: 'São Paulo' },
  variable: (name) => ({ city: 'São Paulo', size: '12', empty: '' })[name] ?? '',
  contactField: (name) => ({ email: 'ana@example.com' })[name] ?? '',
  tags: ['VIP', 'lead'],
  lastReply: 'Quero um ORÇAMENTO',
  stage: 'qualified',
};
const variable = (name: string) => ({ kind: 'variable' as const, name });

describe('ruleHolds', () => {
  it.each<[string, ConditionRule, boolean]>([
    ['equals ignores case and accents', { subject: variable('city'), operator: 'equals', value: 'sao paulo' }, true],
    ['notEquals', { subject: variable('city'), operator: 'notEquals', value: 'Rio' }, true],
    ['contains', { subject: { kind: 'lastReply' }, operator: 'contains', value: 'orcamento' }, true],
    ['notContains', { subject: { kind: 'lastReply' }, operator: 'notContains', value: 'preço' }, true],
    ['startsWith', { subject: { kind: 'lastReply' }, operator: 'startsWith', value: 'quero' }, true],
    ['endsWith', { subject: { kind: 'contactField', name: 'email' }, operator: 'endsWith', value: '.COM' }, true],
    [
      'matches is a case-insensitive regex',
      { subject: { kind: 'lastReply' }, operator: 'matches', value: 'orçamento$' },
      true,
    ],
    ['an invalid regex never matches', { subject: { kind: 'lastReply' }, operator: 'matches', value: '(' }, false],
    ['greaterThan compares numbers', { subject: variable('size'), operator: 'greaterThan', value: '9' }, true],
    ['lessThan compares numbers', { subject: variable('size'), operator: 'lessThan', value: '9' }, false],
    ['not a number compares false', { subject: variable('city'), operator: 'greaterThan', value: '1' }, false],
    ['isSet', { subject: variable('city'), operator: 'isSet' }, true],
    ['isSet is false for empty', { subject: variable('empty'), operator: 'isSet' }, false],
    ['isNotSet for an unknown variable', { subject: variable('nope'), operator: 'isNotSet' }, true],
    ['tags contains a tag', { subject: { kind: 'tags' }, operator: 'contains', value: 'vip' }, true],
    ['tags notContains', { subject: { kind: 'tags' }, operator: 'notContains', value: 'cold' }, true],
    ['stage', { subject: { kind: 'stage' }, operator: 'equals', value: 'Qualified' }, true],
    ['the value may hold placeholders', { subject: variable('city'), operator: 'equals', value: '{{city}}' }, true],
  ])('%s', (_, rule, expected) => {
    expect(ruleHolds(rule, facts)).toBe(expected);
  });
});

describe('branchHolds', () => {
  const yes: ConditionRule = { subject: { kind: 'tags' }, operator: 'contains', value: 'vip' };
  const no: ConditionRule = { subject: { kind: 'tags' }, operator: 'contains', value: 'cold' };
  it('all needs every rule, any needs one, none never holds', () => {
    expect(branchHolds({ id: 'b', label: 'b', match: 'all', rules: [yes, no] }, facts)).toBe(false);
    expect(branchHolds({ id: 'b', label: 'b', match: 'any', rules: [yes, no] }, facts)).toBe(true);
    expect(branchHolds({ id: 'b', label: 'b', match: 'all', rules: [] }, facts)).toBe(false);
  });
});
