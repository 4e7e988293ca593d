import { describe, expect, it } from 'vitest';
import { compactCount } from './formatCount.ts';

describe('compactCount', () => {
  it('is exact below ten thousand, then k and M', () => {
    expect(compactCount(0)).toBe('0');
    expect(compactCount(1234)).toBe('1,234');
    expect(compactCount(12_345)).toBe('12.3k');
    expect(compactCount(20_000)).toBe('20k');
    expect(compactCount(123_456)).toBe('123k');
    expect(compactCount(1_234_567)).toBe('1.2M');
    expect(compactCount(3_000_000)).toBe('3M');
  });
});
