import { describe, expect, it } from 'vitest';
import { applyConversationEvent } from './applyConversationEvent.ts';
import { EMPTY_FACTS } from './emptyFacts.ts';
import { AD, at, business, customer, T0 } from './fixtures.ts';
import { foldConversationEvents } from './foldConversationEvents.ts';
import type { Referral } from './types.ts';

const POST: Referral = { sourceType: 'post', sourceUrl: 'https://fb.me/p/1' };

describe('applyConversationEvent', () => {
  it('a customer message restarts the customer-service window', () => {
    const once = applyConversationEvent(EMPTY_FACTS, customer(at(0)));
    expect(once).toEqual({ lastCustomerMessageAt: T0, entryPoint: null, previousEntryPointClosesAt: null });
    expect(applyConversationEvent(once, customer(at(30))).lastCustomerMessageAt).toBe(at(30));
  });

  it('a stale customer message never moves the window back', () => {
    const facts = foldConversationEvents([customer(at(10)), customer(at(5))]);
    expect(facts.lastCustomerMessageAt).toBe(at(10));
  });

  it('a referral starts an entry point awaiting the reply; messages without one leave it alone', () => {
    const facts = foldConversationEvents([customer(at(0), AD), customer(at(2))]);
    expect(facts.entryPoint).toEqual({ referralAt: T0, referral: AD, firstReplyAt: null });
    expect(facts.lastCustomerMessageAt).toBe(at(2));
  });

  it('the first business reply inside 24 h opens the window; later ones change nothing', () => {
    const facts = foldConversationEvents([customer(at(0), AD), business(at(23, 59, 59)), business(at(30))]);
    expect(facts.entryPoint?.firstReplyAt).toBe(at(23, 59, 59));
  });

  it('a reply at 24 h or later opens nothing', () => {
    for (const late of [at(24), at(24, 0, 1)]) {
      const facts = foldConversationEvents([customer(at(0), AD), business(late)]);
      expect(facts.entryPoint?.firstReplyAt).toBeNull();
    }
  });

  it('a business message with no referral pending changes nothing', () => {
    const facts = foldConversationEvents([customer(at(0)), business(at(1))]);
    expect(facts).toEqual({ lastCustomerMessageAt: T0, entryPoint: null, previousEntryPointClosesAt: null });
    expect(applyConversationEvent(EMPTY_FACTS, business(at(1)))).toEqual(EMPTY_FACTS);
  });

  it('a new referral during an open window keeps its end, until the new window opens', () => {
    const second = foldConversationEvents([customer(at(0), AD), business(at(1)), customer(at(60), POST)]);
    expect(second.entryPoint).toEqual({ referralAt: at(60), referral: POST, firstReplyAt: null });
    expect(second.previousEntryPointClosesAt).toBe(at(73));

    const answered = applyConversationEvent(second, business(at(61)));
    expect(answered.entryPoint?.firstReplyAt).toBe(at(61));
    expect(answered.previousEntryPointClosesAt).toBeNull();
  });

  it('a third referral keeps the first window while the second was never answered', () => {
    const facts = foldConversationEvents([
      customer(at(0), AD),
      business(at(1)),
      customer(at(10), POST),
      customer(at(50), AD),
    ]);
    expect(facts.previousEntryPointClosesAt).toBe(at(73));
  });

  it('a new referral after the window ended keeps nothing', () => {
    const facts = foldConversationEvents([customer(at(0), AD), business(at(1)), customer(at(73), POST)]);
    expect(facts.previousEntryPointClosesAt).toBeNull();
  });

  it('a stale referral does not replace a newer entry point', () => {
    const facts = foldConversationEvents([customer(at(10), AD), customer(at(5), POST)]);
    expect(facts.entryPoint?.referral).toBe(AD);
    expect(facts.entryPoint?.referralAt).toBe(at(10));
  });

  it('does not mutate the facts it is given', () => {
    const before = foldConversationEvents([customer(at(0), AD)]);
    const copy = structuredClone(before);
    applyConversationEvent(before, business(at(1)));
    applyConversationEvent(before, customer(at(2), POST));
    expect(before).toEqual(copy);
  });
});

describe('foldConversationEvents', () => {
  it('starts from EMPTY_FACTS or the given facts', () => {
    expect(foldConversationEvents([])).toEqual(EMPTY_FACTS);
    const start = foldConversationEvents([customer(at(0), AD)]);
    expect(foldConversationEvents([business(at(1))], start)).toEqual(
      foldConversationEvents([customer(at(0), AD), business(at(1))]),
    );
  });
});
