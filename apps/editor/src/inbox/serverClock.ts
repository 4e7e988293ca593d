import { useEffect, useState } from 'react';
import { create } from 'zustand';
import { inboxApi } from './inboxApi.ts';

interface ServerClockState {
  /** The server's time minus the browser's, at the last reading. */
  offset: number;
  /** The server's time at the last reading (a manual clock only moves when told). */
  read: number | null;
  /** Test mode: the server's clock is manual, so it is read again often instead of extrapolated. */
  manual: boolean;
  sync(): Promise<void>;
  /** Takes the `now` an API answer carried. */
  observe(now: number): void;
}

/**
 * The server's clock, which the windows are judged by. A real clock is extrapolated from one reading (and read
 * again every minute); a manual one (test mode) is read every second, since it jumps when a test moves it.
 */
export const useServerClock = create<ServerClockState>()((set, get) => ({
  offset: 0,
  read: null,
  manual: false,
  async sync() {
    try {
      const clock = await inboxApi.clock();
      set({ manual: clock.manual });
      get().observe(clock.now);
    } catch {
      // Keep the last reading; the next sync tries again.
    }
  },
  observe(now) {
    set({ offset: now - Date.now(), read: now });
  },
}));

/** The server's time now. */
export function serverNow(): number {
  const { manual, read, offset } = useServerClock.getState();
  return manual && read !== null ? read : Date.now() + offset;
}

/** Keeps the clock in step while a page that shows windows is mounted (mount once per page). */
export function useServerClockSync(): void {
  const manual = useServerClock((state) => state.manual);
  useEffect(() => {
    const { sync } = useServerClock.getState();
    void sync();
    const timer = setInterval(() => void sync(), manual ? 1000 : 60_000);
    return () => clearInterval(timer);
  }, [manual]);
}

/** Re-renders every `intervalMs` (and whenever the clock is read again) with the server's time. */
export function useServerNow(intervalMs = 1000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const tick = setInterval(() => setNow(serverNow()), intervalMs);
    const unsubscribe = useServerClock.subscribe(() => setNow(serverNow()));
    return () => {
      clearInterval(tick);
      unsubscribe();
    };
  }, [intervalMs]);
  return now;
}
