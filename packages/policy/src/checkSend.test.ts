import { describe, expect, it } from 'vitest';
import { checkSend } from './checkSend.ts';
import { DEFAULT_RULE_SETS, PMP_2025_07_01 } from './defaultRuleSets.ts';
import { AD, at, business, createPolicyInput, customer, HOUR, T0, TEXT, template } from './fixtures.ts';
import type {
  ConversationEvent,
  MessageKind,
  PolicyContact,
  PolicyMessage,
  PricingType,
  RefusalCode,
  RuleSet,
  SendContext,
  TemplateStatus,
} from './types.ts';

type Expected = { price: 'free' | 'utility' | 'marketing'; pricingType: PricingType } | { code: RefusalCode };

interface Case {
  name: string;
  events?: ConversationEvent[];
  now: number;
  message?: PolicyMessage;
  context?: SendContext;
  verified?: boolean;
  contact?: PolicyContact;
  expected: Expected;
}

const FREE_CSW: Expected = { price: 'free', pricingType: 'free_customer_service' };
const FREE_FEP: Expected = { price: 'free', pricingType: 'free_entry_point' };
const UTILITY: Expected = { price: 'utility', pricingType: 'regular' };
const MARKETING: Expected = { price: 'marketing', pricingType: 'regular' };
const refused = (code: RefusalCode): Expected => ({ code });

const wrote = [customer(at(0))];
const adClick = [customer(at(0), AD)];
/** Ad click at 0, answered at 1 h: the free window runs from 1 h to 73 h (hour 71 of it is at 72 h). */
const answered = [customer(at(0), AD), business(at(1))];
const utility = template('utility');
const marketing = template('marketing');
const FREE_FORM: MessageKind[] = ['text', 'media', 'buttons', 'list', 'ctaUrl', 'locationRequest', 'flow'];
const NOT_APPROVED: TemplateStatus[] = ['PENDING', 'REJECTED', 'PAUSED', 'DISABLED', 'IN_APPEAL', 'PENDING_DELETION'];

const cases: Case[] = [
  // The customer-service window, half-open.
  { name: 'text at 23:59:59', events: wrote, now: at(23, 59, 59), expected: FREE_CSW },
  { name: 'text at 23:59:59.999', events: wrote, now: at(23, 59, 59, 999), expected: FREE_CSW },
  { name: 'text at exactly 24:00:00', events: wrote, now: at(24), expected: refused('windowClosed') },
  { name: 'text before the customer ever wrote', now: at(0), expected: refused('windowClosed') },
  {
    name: 'text 23 h after the customer wrote again',
    events: [customer(at(0)), customer(at(30))],
    now: at(53),
    expected: FREE_CSW,
  },
  ...FREE_FORM.map((kind) => ({
    name: `${kind} inside the window`,
    events: wrote,
    now: at(5),
    message: { kind },
    expected: FREE_CSW,
  })),
  ...FREE_FORM.map((kind) => ({
    name: `${kind} after the window`,
    events: wrote,
    now: at(25),
    message: { kind },
    expected: refused('windowClosed'),
  })),

  // Templates and their prices.
  {
    name: 'utility template inside the window',
    events: wrote,
    now: at(23, 59, 59),
    message: utility,
    expected: FREE_CSW,
  },
  { name: 'utility template at 24:00:00', events: wrote, now: at(24), message: utility, expected: UTILITY },
  { name: 'utility template starting a conversation', now: at(0), message: utility, expected: UTILITY },
  { name: 'marketing template inside the window', events: wrote, now: at(1), message: marketing, expected: MARKETING },
  { name: 'marketing template after the window', events: wrote, now: at(48), message: marketing, expected: MARKETING },
  { name: 'marketing template starting a conversation', now: at(0), message: marketing, expected: MARKETING },
  {
    name: 'authentication template',
    events: wrote,
    now: at(1),
    message: template('authentication'),
    expected: refused('authenticationNotSupported'),
  },
  ...NOT_APPROVED.map((status) => ({
    name: `${status} template`,
    events: wrote,
    now: at(1),
    message: template('utility', { status }),
    expected: refused('templateNotApproved'),
  })),
  {
    name: 'template without its details',
    events: wrote,
    now: at(1),
    message: { kind: 'template' },
    expected: refused('templateMissing'),
  },
  {
    name: 'utility carousel',
    events: wrote,
    now: at(1),
    message: template('utility', { kind: 'carousel' }),
    expected: refused('carouselNotMarketing'),
  },
  { name: 'marketing carousel', now: at(1), message: template('marketing', { kind: 'carousel' }), expected: MARKETING },
  {
    name: 'Flow message, business not verified',
    events: wrote,
    now: at(1),
    message: { kind: 'flow' },
    verified: false,
    expected: refused('flowsNeedVerifiedBusiness'),
  },
  {
    name: 'Flow template, business not verified',
    now: at(1),
    message: template('utility', { kind: 'flow' }),
    verified: false,
    expected: refused('flowsNeedVerifiedBusiness'),
  },
  {
    name: 'Flow template, verified, outside the window',
    now: at(1),
    message: template('utility', { kind: 'flow' }),
    expected: UTILITY,
  },

  // The free entry point.
  { name: 'first reply to an ad click (free-form)', events: adClick, now: at(23, 59, 59), expected: FREE_FEP },
  {
    name: 'first reply to an ad click (template)',
    events: adClick,
    now: at(1),
    message: marketing,
    expected: FREE_FEP,
  },
  {
    name: 'template reply at 24 h + 1 s after the ad click: too late, charged',
    events: adClick,
    now: at(24, 0, 1),
    message: marketing,
    expected: MARKETING,
  },
  {
    name: 'after a reply at 24 h + 1 s no free window opened',
    events: [customer(at(0), AD), business(at(24, 0, 1))],
    now: at(30),
    message: utility,
    expected: UTILITY,
  },
  {
    name: 'text reply at 24 h + 1 s, customer wrote again: customer-service price, not entry point',
    events: [customer(at(0), AD), customer(at(20))],
    now: at(24, 0, 1),
    expected: FREE_CSW,
  },
  {
    name: 'marketing template at hour 71 of the entry window',
    events: answered,
    now: at(72),
    message: marketing,
    expected: FREE_FEP,
  },
  {
    name: 'marketing template at hour 73 of the entry window',
    events: answered,
    now: at(74),
    message: marketing,
    expected: MARKETING,
  },
  {
    name: 'utility template just before the entry window ends',
    events: answered,
    now: at(73) - 1,
    message: utility,
    expected: FREE_FEP,
  },
  {
    name: 'utility template as the entry window ends',
    events: answered,
    now: at(73),
    message: utility,
    expected: UTILITY,
  },
  {
    name: 'free-form in the entry window after the 24 h',
    events: answered,
    now: at(30),
    expected: refused('windowClosed'),
  },
  { name: 'free-form in the entry window, inside the 24 h', events: answered, now: at(23), expected: FREE_FEP },
  {
    name: 'later business messages do not extend the entry window',
    events: [...answered, business(at(50))],
    now: at(74),
    message: marketing,
    expected: MARKETING,
  },
  {
    name: 'a second ad click, answered, restarts the entry window',
    events: [...answered, customer(at(60), AD), business(at(61))],
    now: at(100),
    message: marketing,
    expected: FREE_FEP,
  },
  {
    name: 'a second ad click, not yet answered: the first window stays free',
    events: [...answered, customer(at(60), AD)],
    now: at(72),
    message: marketing,
    expected: FREE_FEP,
  },
  {
    name: 'a second ad click, never answered: charged once both are over',
    events: [...answered, customer(at(60), AD)],
    now: at(84),
    message: marketing,
    expected: MARKETING,
  },

  // Where a kind may be used.
  { name: 'list by a bot', events: wrote, now: at(1), message: { kind: 'list' }, expected: FREE_CSW },
  {
    name: 'list from the inbox',
    events: wrote,
    now: at(1),
    message: { kind: 'list' },
    context: 'manual',
    expected: refused('listOnlyInBots'),
  },
  {
    name: 'list in a broadcast',
    events: wrote,
    now: at(1),
    message: { kind: 'list' },
    context: 'broadcast',
    expected: refused('listOnlyInBots'),
  },
  { name: 'text from the inbox', events: wrote, now: at(1), context: 'manual', expected: FREE_CSW },
  {
    name: 'text in a broadcast',
    events: wrote,
    now: at(1),
    context: 'broadcast',
    expected: refused('broadcastOnlyTemplates'),
  },
  {
    name: 'buttons in a broadcast',
    now: at(1),
    message: { kind: 'buttons' },
    context: 'broadcast',
    expected: refused('broadcastOnlyTemplates'),
  },
  {
    name: 'template broadcast to an opted-in contact',
    now: at(1),
    message: marketing,
    context: 'broadcast',
    expected: MARKETING,
  },
  {
    name: 'template broadcast to a contact of unknown consent',
    now: at(1),
    message: utility,
    context: 'broadcast',
    contact: { optIn: 'unknown' },
    expected: refused('notOptedIn'),
  },

  // Consent.
  {
    name: 'broadcast to an opted-out contact',
    events: wrote,
    now: at(1),
    message: utility,
    context: 'broadcast',
    contact: { optIn: 'optedOut' },
    expected: refused('optedOut'),
  },
  {
    name: 'opted out: reply inside their window',
    events: wrote,
    now: at(1),
    contact: { optIn: 'optedOut' },
    expected: FREE_CSW,
  },
  {
    name: 'opted out: utility template inside their window',
    events: wrote,
    now: at(1),
    message: utility,
    contact: { optIn: 'optedOut' },
    expected: FREE_CSW,
  },
  {
    name: 'opted out: utility template after their window',
    events: wrote,
    now: at(24),
    message: utility,
    contact: { optIn: 'optedOut' },
    expected: refused('optedOut'),
  },
  {
    name: 'opted out: marketing template even inside their window',
    events: wrote,
    now: at(1),
    message: marketing,
    contact: { optIn: 'optedOut' },
    expected: refused('optedOut'),
  },
  {
    name: 'opted out: free-form after their window',
    events: wrote,
    now: at(25),
    contact: { optIn: 'optedOut' },
    expected: refused('optedOut'),
  },
  ...(['bot', 'manual', 'broadcast'] as const).map((context) => ({
    name: `marketing opt-out refuses a marketing template (${context})`,
    events: wrote,
    now: at(1),
    message: marketing,
    context,
    contact: { optIn: 'optedIn' as const, marketingOptOut: true },
    expected: refused('marketingOptedOut'),
  })),
  {
    name: 'marketing opt-out still allows a utility template',
    now: at(1),
    message: utility,
    contact: { optIn: 'optedIn', marketingOptOut: true },
    expected: UTILITY,
  },
];

describe('checkSend', () => {
  it.each(cases)('$name', ({ events, now, message, context, verified, contact, expected }) => {
    const check = checkSend(
      createPolicyInput({
        ...(events ? { events } : {}),
        now,
        message: message ?? TEXT,
        context: context ?? 'bot',
        channel: { businessVerified: verified ?? true },
        contact: contact ?? { optIn: 'optedIn' },
      }),
    );
    if ('code' in expected) {
      expect(check).toMatchObject({ allowed: false, code: expected.code });
    } else {
      expect(check).toMatchObject({ allowed: true, ...expected, ruleSet: 'pmp-2025-07-01' });
    }
    expect(check.reason).toMatch(/^[A-Z].*\.$/);
  });

  it('covers every refusal code', () => {
    const every: Record<RefusalCode, true> = {
      windowClosed: true,
      authenticationNotSupported: true,
      templateNotApproved: true,
      templateMissing: true,
      listOnlyInBots: true,
      carouselNotMarketing: true,
      flowsNeedVerifiedBusiness: true,
      broadcastOnlyTemplates: true,
      notOptedIn: true,
      optedOut: true,
      marketingOptedOut: true,
    };
    const covered = new Set(cases.flatMap(({ expected }) => ('code' in expected ? [expected.code] : [])));
    expect([...covered].sort()).toEqual(Object.keys(every).sort());
  });
});

describe('checkSend sentences', () => {
  const send = (events: ConversationEvent[], now: number, message: PolicyMessage = TEXT) =>
    checkSend(createPolicyInput({ events, now, message })).reason;

  it('says how long ago the window closed and what to do instead', () => {
    expect(send(wrote, at(27))).toBe('The 24-hour window closed 3 h ago; send an approved template instead.');
    expect(send(wrote, at(24, 45), { kind: 'flow' })).toBe(
      'The 24-hour window closed 45 min ago; send the Flow as an approved template instead.',
    );
    expect(send([], T0)).toBe(
      'The customer has not written yet, so the window is closed; send an approved template instead.',
    );
    expect(send(answered, at(30))).toBe(
      'The 24-hour window closed 6 h ago; send an approved template instead (templates are free for another 43 h in the entry-point window).',
    );
  });

  it('says why an allowed message is free or charged, with the time left', () => {
    expect(send(wrote, at(19))).toBe('Free: inside the 24-hour customer-service window, 5 h left.');
    expect(send(wrote, at(20, 48), template('utility'))).toBe(
      'Free: a utility template inside the 24-hour customer-service window, 3 h 12 min left.',
    );
    expect(send(wrote, at(1), template('marketing'))).toBe(
      'Charged as marketing: a marketing template even inside the 24-hour customer-service window, 23 h left.',
    );
    expect(send(wrote, at(27), template('utility'))).toBe(
      'Charged as utility: a utility template outside the 24-hour window (closed 3 h ago).',
    );
    expect(send([], T0, template('marketing'))).toBe(
      'Charged as marketing: a marketing template outside the 24-hour window (the customer has not written).',
    );
    expect(send(answered, at(20), template('marketing'))).toBe(
      'Free: a marketing template inside the 72-hour free entry-point window, 2 d 5 h left.',
    );
    expect(send(adClick, at(2))).toBe(
      "Free: this first reply to the customer's ad or page-button message opens the 72-hour free entry-point window.",
    );
  });

  it('names the template status it refuses', () => {
    expect(send(wrote, at(1), template('utility', { status: 'PAUSED' }))).toBe(
      'This template is paused by Meta; only approved templates can be sent.',
    );
  });

  it('returns the window states the decision was made under', () => {
    const check = checkSend(createPolicyInput({ events: answered, now: at(30) }));
    expect(check.window).toEqual({
      customerService: { open: false, closesAt: at(24), remainingMs: 0 },
      entryPoint: { status: 'open', replyDeadline: null, closesAt: at(73), remainingMs: at(73) - at(30) },
    });
  });
});

describe('checkSend with a later rule set', () => {
  // The rumoured (unconfirmed) 1 October 2026 change, as a table entry: in-window utility templates chargeable.
  // Charging service messages too would need a price category for them, which Meta has not defined yet.
  const rumoured: RuleSet = {
    ...PMP_2025_07_01,
    id: 'pmp-2026-10-01',
    effectiveFrom: '2026-10-01',
    prices: {
      ...PMP_2025_07_01.prices,
      utility: { ...PMP_2025_07_01.prices.utility, customerService: { price: 'utility', pricingType: 'regular' } },
    },
  };
  const ruleSets = [...DEFAULT_RULE_SETS, rumoured];
  const wroteAt = (time: number) => [customer(time)];
  const utilityAt = (now: number) =>
    checkSend(createPolicyInput({ events: wroteAt(now - HOUR), now, message: template('utility') }), ruleSets);

  it('prices by the old table until the day before and by the new one from its date on', () => {
    const before = utilityAt(Date.parse('2026-09-30T23:59:59.999Z'));
    const after = utilityAt(Date.parse('2026-10-01T00:00:00Z'));
    expect(before).toMatchObject({ allowed: true, price: 'free', ruleSet: 'pmp-2025-07-01' });
    expect(after).toMatchObject({ allowed: true, price: 'utility', pricingType: 'regular', ruleSet: 'pmp-2026-10-01' });
    expect(after.reason).toBe(
      'Charged as utility: a utility template even inside the 24-hour customer-service window, 23 h left.',
    );
  });

  it('leaves what the new set does not change as it was', () => {
    const now = Date.parse('2026-10-02T00:00:00Z');
    const text = checkSend(createPolicyInput({ events: wroteAt(now - HOUR), now }), ruleSets);
    expect(text).toMatchObject({ allowed: true, price: 'free', pricingType: 'free_customer_service' });
  });
});
