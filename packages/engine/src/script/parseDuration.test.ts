import { describe, expect, it } from 'vitest';
import { parseDuration } from './parseDuration.ts';

describe('parseDuration', () => {
  it('reads s, m, h, d and their combinations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('25h')).toBe(25 * 3_600_000);
    expect(parseDuration('1d2h30m')).toBe(86_400_000 + 2 * 3_600_000 + 30 * 60_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
  });
  it('refuses anything else', () => {
    expect(parseDuration('2 hours')).toBeNull();
    expect(parseDuration('h')).toBeNull();
    expect(parseDuration('')).toBeNull();
  });
});
