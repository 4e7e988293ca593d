import { zonedTimeToUtc } from '@salesbot/policy';
import { describe, expect, it } from 'vitest';
import { formatInZone } from './zonedTime.ts';

// Wall-clock ↔ UTC conversion is tested in packages/policy/src/zonedTime.test.ts.
describe('zoned times in the schedule step', () => {
  it('shows the instant the server stores in the chosen zone and in UTC', () => {
    const at = zonedTimeToUtc('2031-03-04T10:00', 'America/New_York');
    expect(at).toBe(Date.UTC(2031, 2, 4, 15, 0));
    expect(formatInZone(Date.UTC(2031, 2, 4, 15, 0), 'UTC')).toContain('4 Mar 2031, 15:00');
    expect(formatInZone(at ?? 0, 'America/New_York')).toContain('4 Mar 2031, 10:00');
  });
});
