import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_SETS, PMP_2025_07_01 } from './defaultRuleSets.ts';
import { effectiveFromMs, ruleSetAt } from './ruleSetAt.ts';
import type { RuleSet } from './types.ts';

const later: RuleSet = { ...PMP_2025_07_01, id: 'later', effectiveFrom: '2026-10-01' };
const withTime: RuleSet = { ...PMP_2025_07_01, id: 'noon', effectiveFrom: '2027-01-01T12:00:00Z' };
const sets = [later, PMP_2025_07_01, withTime]; // deliberately not sorted

describe('ruleSetAt', () => {
  it('chooses the latest set in force, by date (midnight UTC), whatever the list order', () => {
    expect(ruleSetAt(Date.parse('2026-09-30T23:59:59.999Z'), sets).id).toBe('pmp-2025-07-01');
    expect(ruleSetAt(Date.parse('2026-10-01T00:00:00Z'), sets).id).toBe('later');
    expect(ruleSetAt(Date.parse('2027-01-01T11:59:59Z'), sets).id).toBe('later');
    expect(ruleSetAt(Date.parse('2027-01-01T12:00:00Z'), sets).id).toBe('noon');
  });

  it('falls back to the earliest set before any is in force', () => {
    expect(ruleSetAt(Date.parse('2020-01-01T00:00:00Z'), sets).id).toBe('pmp-2025-07-01');
  });

  it('throws on an empty list or a malformed date (programming errors)', () => {
    expect(() => ruleSetAt(0, [])).toThrow(/no rule sets/);
    expect(() => effectiveFromMs({ ...later, effectiveFrom: 'October' })).toThrow(/not an ISO date/);
  });
});

describe('DEFAULT_RULE_SETS', () => {
  it('pins the 2025-07-01 per-message pricing and nothing unconfirmed', () => {
    expect(DEFAULT_RULE_SETS.map((set) => set.id)).toEqual(['pmp-2025-07-01']);
    expect(PMP_2025_07_01).toEqual({
      id: 'pmp-2025-07-01',
      effectiveFrom: '2025-07-01',
      customerServiceWindowMs: 24 * 3_600_000,
      entryPointReplyMs: 24 * 3_600_000,
      entryPointWindowMs: 72 * 3_600_000,
      prices: {
        service: {
          entryPoint: { price: 'free', pricingType: 'free_entry_point' },
          customerService: { price: 'free', pricingType: 'free_customer_service' },
        },
        utility: {
          entryPoint: { price: 'free', pricingType: 'free_entry_point' },
          customerService: { price: 'free', pricingType: 'free_customer_service' },
          outside: { price: 'utility', pricingType: 'regular' },
        },
        marketing: {
          entryPoint: { price: 'free', pricingType: 'free_entry_point' },
          customerService: { price: 'marketing', pricingType: 'regular' },
          outside: { price: 'marketing', pricingType: 'regular' },
        },
      },
    });
  });
});
