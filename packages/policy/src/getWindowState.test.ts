import { describe, expect, it } from 'vitest';
import { PMP_2025_07_01 } from './defaultRuleSets.ts';
import { EMPTY_FACTS } from './emptyFacts.ts';
import { AD, at, business, customer, HOUR } from './fixtures.ts';
import { foldConversationEvents } from './foldConversationEvents.ts';
import { getWindowState } from './getWindowState.ts';
import type { RuleSet } from './types.ts';

const fold = foldConversationEvents;

describe('getWindowState: customer-service window', () => {
  it('is closed when the customer never wrote', () => {
    expect(getWindowState(EMPTY_FACTS, at(0)).customerService).toEqual({ open: false, closesAt: null, remainingMs: 0 });
  });

  it('is half-open: open at 23:59:59.999, closed at exactly 24:00:00', () => {
    const facts = fold([customer(at(0))]);
    expect(getWindowState(facts, at(0)).customerService).toEqual({
      open: true,
      closesAt: at(24),
      remainingMs: 24 * HOUR,
    });
    expect(getWindowState(facts, at(23, 59, 59, 999)).customerService).toEqual({
      open: true,
      closesAt: at(24),
      remainingMs: 1,
    });
    expect(getWindowState(facts, at(24)).customerService).toEqual({ open: false, closesAt: at(24), remainingMs: 0 });
  });

  it('restarts with every customer message', () => {
    const facts = fold([customer(at(0)), customer(at(20))]);
    expect(getWindowState(facts, at(30)).customerService).toEqual({
      open: true,
      closesAt: at(44),
      remainingMs: 14 * HOUR,
    });
  });
});

describe('getWindowState: entry-point window', () => {
  const none = { status: 'none', replyDeadline: null, closesAt: null, remainingMs: 0 };

  it('is none without a referral', () => {
    expect(getWindowState(fold([customer(at(0))]), at(1)).entryPoint).toEqual(none);
  });

  it('awaits the reply until 24 h after the referral, then is missed', () => {
    const facts = fold([customer(at(0), AD)]);
    const awaiting = { status: 'awaitingReply', replyDeadline: at(24), closesAt: null, remainingMs: 0 };
    expect(getWindowState(facts, at(23, 59, 59, 999)).entryPoint).toEqual(awaiting);
    expect(getWindowState(facts, at(24)).entryPoint).toEqual({
      status: 'expired',
      replyDeadline: null,
      closesAt: null,
      remainingMs: 0,
    });
  });

  it('is open for 72 h from the reply, half-open', () => {
    const facts = fold([customer(at(0), AD), business(at(23, 59, 59))]);
    const closesAt = at(95, 59, 59);
    expect(getWindowState(facts, at(24)).entryPoint).toEqual({
      status: 'open',
      replyDeadline: null,
      closesAt,
      remainingMs: closesAt - at(24),
    });
    expect(getWindowState(facts, closesAt - 1).entryPoint.remainingMs).toBe(1);
    expect(getWindowState(facts, closesAt).entryPoint).toEqual({
      status: 'expired',
      replyDeadline: null,
      closesAt,
      remainingMs: 0,
    });
  });

  it('stays open on the earlier window while a newer referral awaits its reply', () => {
    const facts = fold([customer(at(0), AD), business(at(1)), customer(at(60), AD)]);
    expect(getWindowState(facts, at(70)).entryPoint).toEqual({
      status: 'open',
      replyDeadline: at(84),
      closesAt: at(73),
      remainingMs: 3 * HOUR,
    });
    expect(getWindowState(facts, at(73)).entryPoint).toEqual({
      status: 'awaitingReply',
      replyDeadline: at(84),
      closesAt: null,
      remainingMs: 0,
    });
    expect(getWindowState(facts, at(84)).entryPoint).toEqual({
      status: 'expired',
      replyDeadline: null,
      closesAt: at(73),
      remainingMs: 0,
    });
  });

  it('a second ad click, answered, restarts the 72 h from the new reply', () => {
    const facts = fold([customer(at(0), AD), business(at(1)), customer(at(60), AD), business(at(61))]);
    expect(getWindowState(facts, at(100)).entryPoint).toEqual({
      status: 'open',
      replyDeadline: null,
      closesAt: at(133),
      remainingMs: 33 * HOUR,
    });
  });
});

describe('getWindowState with several rule sets', () => {
  // A made-up later set with longer windows: each window keeps the length in force when it started.
  const longer: RuleSet = {
    ...PMP_2025_07_01,
    id: 'longer',
    effectiveFrom: '2025-09-02',
    customerServiceWindowMs: 48 * HOUR,
    entryPointWindowMs: 96 * HOUR,
  };
  const ruleSets = [PMP_2025_07_01, longer];
  const switchAt = Date.parse('2025-09-02T00:00:00Z');

  it('measures each window by the rule set in force when it started', () => {
    const before = fold([customer(switchAt - HOUR)], undefined, ruleSets);
    const after = fold([customer(switchAt)], undefined, ruleSets);
    expect(getWindowState(before, switchAt, ruleSets).customerService.closesAt).toBe(switchAt + 23 * HOUR);
    expect(getWindowState(after, switchAt, ruleSets).customerService.closesAt).toBe(switchAt + 48 * HOUR);

    const answered = fold([customer(switchAt - 2 * HOUR, AD), business(switchAt)], undefined, ruleSets);
    expect(getWindowState(answered, switchAt, ruleSets).entryPoint.closesAt).toBe(switchAt + 96 * HOUR);
  });
});
