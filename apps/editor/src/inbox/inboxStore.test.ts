// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIST_MIN_INTERVAL_MS, LIST_REFRESH_MS, OPEN_REFRESH_MS, useInbox } from './inboxStore.ts';

const loadList = vi.fn(async () => {});
const refreshOpen = vi.fn(async () => {});

beforeEach(() => {
  vi.useFakeTimers();
  loadList.mockClear();
  refreshOpen.mockClear();
  useInbox.setState({
    loadList,
    refreshOpen,
    open: { id: 'cv_open', conversation: null, messages: [], notes: [], sessions: [], status: 'ready', error: null },
  });
});
afterEach(() => {
  vi.runOnlyPendingTimers();
  vi.useRealTimers();
});

describe('inbox live refreshes', () => {
  it('a burst of events costs one reload of the list and of the open conversation', () => {
    for (let i = 0; i < 10; i++) useInbox.getState().onEvent('message.out', { conversationId: 'cv_open' });
    vi.advanceTimersByTime(LIST_REFRESH_MS);
    expect(loadList).toHaveBeenCalledTimes(1);
    expect(refreshOpen).toHaveBeenCalledTimes(1);
  });

  it('a steady stream of events still reloads the list, about once per interval (it never stood still)', () => {
    // An event every 50 ms for five seconds: faster than the refresh delay the whole time.
    for (let elapsed = 0; elapsed < 5000; elapsed += 50) {
      useInbox.getState().onEvent('message.in', { conversationId: `cv_${elapsed}` });
      vi.advanceTimersByTime(50);
    }
    const during = loadList.mock.calls.length;
    expect(during).toBeGreaterThanOrEqual(Math.floor(5000 / (LIST_MIN_INTERVAL_MS + 50)));
    expect(during).toBeLessThanOrEqual(Math.ceil(5000 / LIST_MIN_INTERVAL_MS));
  });

  it('refreshes the open conversation only for events about it, at most once per interval', () => {
    useInbox.getState().onEvent('message.in', { conversationId: 'cv_other' });
    vi.advanceTimersByTime(OPEN_REFRESH_MS);
    expect(refreshOpen).not.toHaveBeenCalled();
    for (let elapsed = 0; elapsed < 800; elapsed += 20) {
      useInbox.getState().onEvent('message.status', { conversationId: 'cv_open' });
      vi.advanceTimersByTime(20);
    }
    expect(refreshOpen.mock.calls.length).toBeGreaterThanOrEqual(Math.floor(800 / (OPEN_REFRESH_MS + 20)) - 1);
  });
});
