import { describe, expect, it } from 'vitest';
import { formatDuration, hoursLabel } from './formatDuration.ts';

const MIN = 60_000;
const H = 60 * MIN;
const D = 24 * H;

describe('formatDuration', () => {
  it.each([
    [3 * H + 12 * MIN, '3 h 12 min'],
    [3 * H + 12 * MIN + 59_999, '3 h 12 min'],
    [45 * MIN, '45 min'],
    [2 * D + 5 * H, '2 d 5 h'],
    [2 * D + 5 * H + 59 * MIN, '2 d 5 h'],
    [2 * D, '2 d'],
    [3 * H, '3 h'],
    [D - 1, '23 h 59 min'],
    [D, '24 h'],
    [D + 5 * H + 3 * MIN, '29 h 3 min'],
    [2 * D - 1, '47 h 59 min'],
    [MIN, '1 min'],
    [MIN - 1, 'less than a minute'],
    [0, 'less than a minute'],
    [-5 * MIN, 'less than a minute'],
  ])('%i ms reads "%s"', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('hoursLabel', () => {
  it('names a window by its length in hours', () => {
    expect(hoursLabel(24 * H)).toBe('24-hour');
    expect(hoursLabel(72 * H)).toBe('72-hour');
  });
});
