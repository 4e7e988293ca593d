import { describe, expect, it } from 'vitest';
import { isValidTimeZone, utcToZonedTime, zonedTimeToUtc } from './zonedTime.ts';

describe('zoned times', () => {
  it('turns a wall-clock time in a zone into UTC and back', () => {
    expect(zonedTimeToUtc('2026-03-03T10:00', 'Europe/Madrid')).toBe(Date.UTC(2026, 2, 3, 9, 0));
    expect(zonedTimeToUtc('2026-07-03T10:00', 'Europe/Madrid')).toBe(Date.UTC(2026, 6, 3, 8, 0));
    expect(zonedTimeToUtc('2026-03-03 10:00', 'America/Sao_Paulo')).toBe(Date.UTC(2026, 2, 3, 13, 0));
    expect(zonedTimeToUtc('2026-03-03T10:00', 'UTC')).toBe(Date.UTC(2026, 2, 3, 10, 0));
    expect(utcToZonedTime(Date.UTC(2026, 2, 3, 9, 0), 'Europe/Madrid')).toBe('2026-03-03T10:00');
    expect(utcToZonedTime(Date.UTC(2026, 2, 3, 23, 30), 'Asia/Kolkata')).toBe('2026-03-04T05:00');
    expect(zonedTimeToUtc('2031-03-04T10:00', 'America/New_York')).toBe(Date.UTC(2031, 2, 4, 15, 0));
    expect(utcToZonedTime(Date.UTC(2031, 2, 4, 15, 0), 'America/New_York')).toBe('2031-03-04T10:00');
  });

  it('resolves daylight-saving gaps forward and repeated times to their first occurrence', () => {
    // Madrid skips 02:00–03:00 on 29 March 2026; 02:30 does not exist: 03:30 local (01:30 UTC).
    expect(zonedTimeToUtc('2026-03-29T02:30', 'Europe/Madrid')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // 25 October 2026: 02:30 happens twice; the first is still summer time (00:30 UTC).
    expect(zonedTimeToUtc('2026-10-25T02:30', 'Europe/Madrid')).toBe(Date.UTC(2026, 9, 25, 0, 30));
  });

  it('rejects unknown zones and malformed times', () => {
    expect(isValidTimeZone('Europe/Madrid')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(zonedTimeToUtc('tomorrow at ten', 'UTC')).toBeNull();
    expect(zonedTimeToUtc('soon', 'UTC')).toBeNull();
  });
});
