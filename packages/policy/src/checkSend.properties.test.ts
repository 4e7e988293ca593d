import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyConversationEvent } from './applyConversationEvent.ts';
import { checkSend } from './checkSend.ts';
import { EMPTY_FACTS } from './emptyFacts.ts';
import { AD, HOUR, T0 } from './fixtures.ts';
import { foldConversationEvents } from './foldConversationEvents.ts';
import type { ConversationEvent, MessageKind, PolicyInput, PolicyMessage, RefusalCode } from './types.ts';

// Random timelines under the default rules, checked against oracles written independently of the implementation.

const CSW = 24 * HOUR;
const REPLY = 24 * HOUR;
const FEP = 72 * HOUR;
const RUNS = { numRuns: 1000 };

const CODES: Record<RefusalCode, true> = {
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

/** Gaps that land on the windows' edges often, and anywhere else too. */
const gap = fc.oneof(
  fc.constantFrom(0, 1, 1000, CSW - 1000, CSW - 1, CSW, CSW + 1000, 48 * HOUR, FEP - 1, FEP, FEP + 1000),
  fc.integer({ min: 0, max: 100 * HOUR }),
);

const timeline = fc
  .array(fc.record({ gap, type: fc.constantFrom('customer', 'referral', 'business') }), { maxLength: 12 })
  .map((steps) => {
    let time = T0;
    return steps.map(({ gap: step, type }): ConversationEvent => {
      time += step;
      if (type === 'business') return { type: 'businessMessage', at: time };
      return type === 'referral'
        ? { type: 'customerMessage', at: time, referral: AD }
        : { type: 'customerMessage', at: time };
    });
  });

const FREE_FORM: MessageKind[] = ['text', 'media', 'buttons', 'list', 'ctaUrl', 'locationRequest', 'flow'];

const message: fc.Arbitrary<PolicyMessage> = fc.oneof(
  fc.constantFrom(...FREE_FORM).map((kind) => ({ kind })),
  fc.constant({ kind: 'template' as const }),
  fc.record({
    kind: fc.constant('template' as const),
    template: fc.record({
      category: fc.constantFrom('utility' as const, 'marketing' as const, 'authentication' as const),
      status: fc.constantFrom('APPROVED' as const, 'APPROVED' as const, 'PAUSED' as const, 'PENDING' as const),
      kind: fc.constantFrom('custom' as const, 'carousel' as const, 'flow' as const),
    }),
  }),
);

const scenario = fc
  .record({
    events: timeline,
    wait: gap,
    message,
    context: fc.constantFrom('bot' as const, 'manual' as const, 'broadcast' as const),
    businessVerified: fc.boolean(),
    optIn: fc.constantFrom('optedIn' as const, 'optedOut' as const, 'unknown' as const),
    marketingOptOut: fc.boolean(),
  })
  .map(({ events, wait, message, context, businessVerified, optIn, marketingOptOut }) => {
    const now = (events.at(-1)?.at ?? T0) + wait;
    const input: PolicyInput = {
      facts: foldConversationEvents(events),
      message,
      context,
      channel: { businessVerified },
      contact: { optIn, marketingOptOut },
      now,
    };
    return { events, input };
  });

function lastCustomerMessageAt(events: ConversationEvent[]): number | null {
  const times = events.filter((event) => event.type === 'customerMessage').map((event) => event.at);
  return times.length > 0 ? Math.max(...times) : null;
}

/** Whether a message sent at `now` is inside a free entry-point window, or is the reply that opens one. */
function insideEntryPoint(events: ConversationEvent[], now: number): boolean {
  const windows: Array<[number, number]> = [];
  let pendingReferralAt: number | null = null;
  for (const event of events) {
    if (event.type === 'customerMessage' && event.referral) pendingReferralAt = event.at;
    if (event.type === 'businessMessage' && pendingReferralAt !== null) {
      if (event.at < pendingReferralAt + REPLY) windows.push([event.at, event.at + FEP]);
      pendingReferralAt = null;
    }
  }
  const opening = pendingReferralAt !== null && now < pendingReferralAt + REPLY;
  return opening || windows.some(([start, end]) => start <= now && now < end);
}

describe('checkSend properties', () => {
  it('never allows a free-form message 24 h or more after the last customer message', () => {
    fc.assert(
      fc.property(scenario, ({ events, input }) => {
        const check = checkSend(input);
        if (input.message.kind === 'template' || !check.allowed) return;
        const last = lastCustomerMessageAt(events);
        expect(last).not.toBeNull();
        expect(input.now - (last ?? 0)).toBeLessThan(CSW);
      }),
      RUNS,
    );
  });

  it('allows a bot text to an opted-in contact exactly while the 24 h run', () => {
    fc.assert(
      fc.property(scenario, ({ events, input }) => {
        const last = lastCustomerMessageAt(events);
        const check = checkSend({ ...input, message: { kind: 'text' }, context: 'bot', contact: { optIn: 'optedIn' } });
        expect(check.allowed).toBe(last !== null && input.now - last < CSW);
      }),
      RUNS,
    );
  });

  it('always gives a refusal a known code and a sentence, and an allowance a sentence and a consistent price', () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const check = checkSend(input);
        expect(check.reason.trim()).not.toBe('');
        if (check.allowed) {
          expect(check.pricingType === 'regular').toBe(check.price !== 'free');
        } else {
          expect(Object.keys(CODES)).toContain(check.code);
        }
      }),
      RUNS,
    );
  });

  it('never prices a marketing template free outside an entry-point window, and always free inside one', () => {
    fc.assert(
      fc.property(scenario, ({ events, input }) => {
        const marketing: PolicyMessage = { kind: 'template', template: { category: 'marketing', status: 'APPROVED' } };
        const check = checkSend({ ...input, message: marketing, contact: { optIn: 'optedIn' } });
        if (!check.allowed) return;
        const free = insideEntryPoint(events, input.now);
        expect(check.price === 'free').toBe(free);
        expect(check.pricingType).toBe(free ? 'free_entry_point' : 'regular');
      }),
      RUNS,
    );
  });

  it('keeps the window states consistent: time left is never negative and open exactly while some is left', () => {
    fc.assert(
      fc.property(scenario, ({ input }) => {
        const { customerService, entryPoint } = checkSend(input).window;
        expect(customerService.remainingMs).toBeGreaterThanOrEqual(0);
        expect(customerService.open).toBe(customerService.remainingMs > 0);
        expect(entryPoint.status === 'open').toBe(entryPoint.remainingMs > 0);
      }),
      RUNS,
    );
  });
});

describe('foldConversationEvents properties', () => {
  it('equals applying the events one by one, and folding in two parts', () => {
    fc.assert(
      fc.property(timeline, fc.nat(), (events, cut) => {
        const folded = foldConversationEvents(events);
        let stepped = EMPTY_FACTS;
        for (const event of events) stepped = applyConversationEvent(stepped, event);
        expect(folded).toEqual(stepped);
        const split = cut % (events.length + 1);
        expect(foldConversationEvents(events.slice(split), foldConversationEvents(events.slice(0, split)))).toEqual(
          folded,
        );
      }),
      RUNS,
    );
  });
});
