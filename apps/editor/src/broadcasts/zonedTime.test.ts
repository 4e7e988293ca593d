import { describe, expect, it } from 'vitest';
import { formatInZone, toLocalInput, zonedToUtc } from './zonedTime.ts';

describe('zoned times in the schedule step', () => {
  it('turn a wall-clock time in a zone into the UTC instant the server stores, and back', () => {
    expect(zonedToUtc('2031-03-04T10:00', 'America/New_York')).toBe(Date.UTC(2031, 2, 4, 15, 0));
    expect(zonedToUtc('2026-07-03T10:00', 'Europe/Madrid')).toBe(Date.UTC(2026, 6, 3, 8, 0));
    expect(zonedToUtc('2026-03-29T02:30', 'Europe/Madrid')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    expect(zonedToUtc('soon', 'UTC')).toBeNull();
    expect(toLocalInput(Date.UTC(2031, 2, 4, 15, 0), 'America/New_York')).toBe('2031-03-04T10:00');
    expect(formatInZone(Date.UTC(2031, 2, 4, 15, 0), 'UTC')).toContain('4 Mar 2031, 15:00');
  });
});
