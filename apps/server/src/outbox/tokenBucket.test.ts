import { describe, expect, it } from 'vitest';
import { TokenBucket } from './tokenBucket.ts';

describe('TokenBucket', () => {
  it('allows a burst of its capacity, then one token per 1/rate seconds', () => {
    const bucket = new TokenBucket(3, 2, 0);
    expect([bucket.take(0), bucket.take(0), bucket.take(0), bucket.take(0)]).toEqual([true, true, true, false]);
    expect(bucket.waitMs(0)).toBe(500);
    expect(bucket.take(499)).toBe(false);
    expect(bucket.take(500)).toBe(true);
  });

  it('never holds more than its capacity', () => {
    const bucket = new TokenBucket(2, 10, 0);
    const taken = [0, 1, 2].map(() => bucket.take(60_000));
    expect(taken).toEqual([true, true, false]);
  });

  it('a penalty puts it into debt', () => {
    const bucket = new TokenBucket(5, 5, 0);
    bucket.penalise(0, 5);
    expect(bucket.waitMs(0)).toBe(1200);
    expect(bucket.take(1199)).toBe(false);
    expect(bucket.take(1200)).toBe(true);
  });

  it('a clock going backwards does not mint tokens', () => {
    const bucket = new TokenBucket(1, 1, 10_000);
    expect(bucket.take(10_000)).toBe(true);
    expect(bucket.take(5_000)).toBe(false);
    expect(bucket.take(10_999)).toBe(false);
    expect(bucket.take(11_000)).toBe(true);
  });

  it('is full again once refilled to its capacity (then it can be dropped: a new one is the same)', () => {
    const bucket = new TokenBucket(4, 1 / 6, 0);
    expect(bucket.isFull(0)).toBe(true);
    expect(bucket.take(0)).toBe(true);
    expect(bucket.isFull(5_999)).toBe(false);
    expect(bucket.isFull(6_000)).toBe(true);
  });
});
