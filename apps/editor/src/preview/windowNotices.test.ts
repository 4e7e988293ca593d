import { applyConversationEvent, EMPTY_FACTS } from '@salesbot/policy';
import { describe, expect, it } from 'vitest';
import { windowNotices } from './windowNotices.ts';

const HOUR = 3_600_000;
const t0 = Date.parse('2026-03-02T09:00:00Z');

describe('windowNotices', () => {
  const wrote = applyConversationEvent(EMPTY_FACTS, { type: 'customerMessage', at: t0 });

  it('reports the 24-hour window closing inside the jump, at its time', () => {
    expect(windowNotices(wrote, wrote, t0 + HOUR, t0 + 25 * HOUR)).toEqual([
      expect.objectContaining({ at: t0 + 24 * HOUR, code: 'windowClosed' }),
    ]);
  });

  it('says nothing when the window closes after the jump or was already closed', () => {
    expect(windowNotices(wrote, wrote, t0, t0 + 23 * HOUR)).toEqual([]);
    expect(windowNotices(wrote, wrote, t0 + 24 * HOUR, t0 + 48 * HOUR)).toEqual([]);
    expect(windowNotices(EMPTY_FACTS, EMPTY_FACTS, t0, t0 + 100 * HOUR)).toEqual([]);
  });

  it('reports the free entry-point window ending 72 hours after the first reply, in time order', () => {
    const referred = applyConversationEvent(EMPTY_FACTS, {
      type: 'customerMessage',
      at: t0,
      referral: { sourceType: 'ad', sourceId: 'ad-1' },
    });
    const answered = applyConversationEvent(referred, { type: 'businessMessage', at: t0 });
    const closings = windowNotices(answered, answered, t0, t0 + 100 * HOUR);
    expect(closings.map((closing) => [closing.code, closing.at])).toEqual([
      ['windowClosed', t0 + 24 * HOUR],
      ['entryPointClosed', t0 + 72 * HOUR],
    ]);
  });
});
