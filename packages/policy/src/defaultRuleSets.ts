import type { Charge, RuleSet } from './types.ts';

const HOUR = 3_600_000;

const FREE_ENTRY_POINT: Charge = { price: 'free', pricingType: 'free_entry_point' };
const FREE_CUSTOMER_SERVICE: Charge = { price: 'free', pricingType: 'free_customer_service' };
const UTILITY: Charge = { price: 'utility', pricingType: 'regular' };
const MARKETING: Charge = { price: 'marketing', pricingType: 'regular' };

/** Per-message pricing as in force since 1 July 2025 (whatsapp-platform.md §1–§2). */
export const PMP_2025_07_01: RuleSet = {
  id: 'pmp-2025-07-01',
  effectiveFrom: '2025-07-01',
  customerServiceWindowMs: 24 * HOUR,
  entryPointReplyMs: 24 * HOUR,
  entryPointWindowMs: 72 * HOUR,
  prices: {
    service: { entryPoint: FREE_ENTRY_POINT, customerService: FREE_CUSTOMER_SERVICE },
    utility: { entryPoint: FREE_ENTRY_POINT, customerService: FREE_CUSTOMER_SERVICE, outside: UTILITY },
    marketing: { entryPoint: FREE_ENTRY_POINT, customerService: MARKETING, outside: MARKETING },
  },
};

/**
 * The rule sets Salesbot knows, oldest first. Only confirmed changes belong here: the rumoured 1 October 2026
 * change (service messages and in-window utility templates chargeable) is unconfirmed and deliberately absent.
 */
export const DEFAULT_RULE_SETS: readonly RuleSet[] = [PMP_2025_07_01];
