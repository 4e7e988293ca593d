// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadOnWorkspaceEvents } from './workspaceEvents.ts';

/** An EventSource the test drives: `emit` dispatches a named event as the server's stream would. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  static readonly OPEN = 1;
  readyState = 1;
  private handlers = new Map<string, ((event: { data: string }) => void)[]>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, handler: (event: { data: string }) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }
  emit(type: string, data: unknown = {}) {
    for (const handler of this.handlers.get(type) ?? []) handler({ data: JSON.stringify({ data }) });
  }
  close() {
    this.readyState = 2;
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('reloadOnWorkspaceEvents', () => {
  it('reloads once per burst, keeps reloading through a steady stream, ignores other types, and stops when left', () => {
    const reload = vi.fn();
    const leave = reloadOnWorkspaceEvents((type) => type === 'message.in', reload, 100);
    const source = FakeEventSource.last!;
    for (let i = 0; i < 5; i++) source.emit('message.in');
    source.emit('lead.updated');
    vi.advanceTimersByTime(100);
    expect(reload).toHaveBeenCalledTimes(1);

    // An event every 40 ms for five seconds: a reload about once a second (the minimum interval).
    reload.mockClear();
    for (let elapsed = 0; elapsed < 5000; elapsed += 40) {
      source.emit('message.in');
      vi.advanceTimersByTime(40);
    }
    expect(reload.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(reload.mock.calls.length).toBeLessThanOrEqual(5);

    // A reconnection may have missed anything: it reloads too.
    reload.mockClear();
    vi.advanceTimersByTime(1000);
    source.emit('ready');
    vi.advanceTimersByTime(100);
    expect(reload).toHaveBeenCalledTimes(1);

    // Left with a reload pending: it never comes.
    reload.mockClear();
    source.emit('message.in');
    leave();
    vi.advanceTimersByTime(500);
    expect(reload).not.toHaveBeenCalled();
  });
});
