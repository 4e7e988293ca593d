import { EMPTY_FACTS } from '@salesbot/policy';
import { describe, expect, it } from 'vitest';
import { compactDuration, conversationTimers } from './windowTimer.ts';

const HOUR = 3_600_000;
const wrote = (at: number) => ({ ...EMPTY_FACTS, lastCustomerMessageAt: at });

describe('conversationTimers', () => {
  it.each([
    [0, 'ok', '24h'],
    [1, 'ok', '23h'],
    [20.5, 'warn', '3h 30m'],
    [23.25, 'urgent', '45m'],
    [23.999, 'urgent', '<1m'],
  ])('%s h after the customer wrote the window is %s (%s left)', (hoursLater, tone, short) => {
    const timer = conversationTimers(wrote(0), hoursLater * HOUR).service;
    expect(timer).toMatchObject({ open: true, tone, short });
  });

  it('closes at 24 h and says how long ago', () => {
    expect(conversationTimers(wrote(0), 24 * HOUR).service).toMatchObject({
      open: false,
      tone: 'closed',
      short: 'closed <1m ago',
    });
    expect(conversationTimers(wrote(0), 26 * HOUR).service.long).toBe('The 24-hour window closed 2 h ago');
    expect(conversationTimers(EMPTY_FACTS, 0).service.tone).toBe('none');
  });

  it('shows the free entry-point window only for conversations from an ad, running down over 72 h', () => {
    expect(conversationTimers(wrote(0), HOUR).entry).toBeNull();
    const referral = { sourceType: 'ad', sourceId: 'ad1' };
    const awaiting = { ...wrote(0), entryPoint: { referralAt: 0, referral, firstReplyAt: null } };
    expect(conversationTimers(awaiting, HOUR).entry).toMatchObject({ open: false, short: 'free 72h on reply' });
    const open = { ...awaiting, entryPoint: { ...awaiting.entryPoint, firstReplyAt: HOUR } };
    expect(conversationTimers(open, 2 * HOUR).entry).toMatchObject({ open: true, tone: 'ok', short: 'free 2d 23h' });
    expect(conversationTimers(open, 65 * HOUR).entry).toMatchObject({ tone: 'warn' });
    expect(conversationTimers(open, 72 * HOUR).entry).toMatchObject({ tone: 'urgent', short: 'free 1h' });
    expect(conversationTimers(open, 73 * HOUR).entry).toMatchObject({ open: false, tone: 'closed' });
  });

  it('compactDuration rounds down to two units', () => {
    expect([59_000, 61_000, 90 * 60_000, 24 * HOUR, 24.5 * HOUR, 26 * HOUR, 48 * HOUR].map(compactDuration)).toEqual([
      '<1m',
      '1m',
      '1h 30m',
      '24h',
      '24h 30m',
      '1d 2h',
      '2d',
    ]);
  });
});
