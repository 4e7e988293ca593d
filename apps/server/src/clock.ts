/** Where the server reads the time: the system clock in production, a manual one in tests and test mode. */
export interface Clock {
  now(): number;
}

/** A clock a test (or `POST /api/test/clock` in test mode) moves by hand. */
export interface ManualClock extends Clock {
  set(now: number): void;
  advance(ms: number): number;
  readonly manual: true;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to. */
export function createManualClock(start: number = Date.UTC(2026, 2, 2, 9, 0, 0)): ManualClock {
  let current = start;
  return {
    manual: true,
    now: () => current,
    set(now) {
      current = now;
    },
    advance(ms) {
      current += ms;
      return current;
    },
  };
}

/** True when `clock` can be moved through the test API. */
export function isManualClock(clock: Clock): clock is ManualClock {
  return (clock as Partial<ManualClock>).manual === true;
}
