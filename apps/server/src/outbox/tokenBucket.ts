/**
 * A token bucket on an injected clock: `capacity` tokens at most, refilled at `ratePerSecond`. Paces sends per
 * phone number (throughput) and per customer (the pair rate limit, with a small burst).
 */
/** Float rounding (6000 ms × 1/6 per second = 0.999…): a token this close to whole counts. */
const EPSILON = 1e-9;

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private capacity: number,
    private ratePerSecond: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  /** Takes a token if one is there. */
  take(now: number): boolean {
    this.refill(now);
    if (this.tokens < 1 - EPSILON) return false;
    this.tokens = Math.max(0, this.tokens - 1);
    return true;
  }

  /** Whole tokens available now. */
  available(now: number): number {
    this.refill(now);
    return Math.max(0, Math.floor(this.tokens + EPSILON));
  }

  /** Milliseconds until a token is there (0 when one is). */
  waitMs(now: number): number {
    this.refill(now);
    if (this.tokens >= 1 - EPSILON) return 0;
    return Math.ceil(((1 - this.tokens) / this.ratePerSecond) * 1000);
  }

  /** Whether the bucket has refilled to its capacity (indistinguishable from a new one). */
  isFull(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.capacity - EPSILON;
  }

  /** Empties the bucket, and goes `penaltyTokens` into debt: WhatsApp said we were too fast. */
  penalise(now: number, penaltyTokens = 0): void {
    this.refill(now);
    this.tokens = Math.min(this.tokens, 0) - penaltyTokens;
  }

  /** Changes the rate (a channel's throughput was edited) keeping the tokens in hand. */
  configure(capacity: number, ratePerSecond: number): void {
    this.capacity = capacity;
    this.ratePerSecond = ratePerSecond;
    this.tokens = Math.min(this.tokens, capacity);
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.ratePerSecond);
    }
    this.last = Math.max(this.last, now);
  }
}
