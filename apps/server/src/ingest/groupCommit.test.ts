import { buildMessageWebhook, parseWebhook, type WebhookEvent } from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { applyWebhookEvent } from './applyWebhookEvent.ts';
import { GroupCommitter, orderEvents } from './groupCommit.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const message = (from: string, text: string, at: number, id: string): WebhookEvent[] => {
  const parsed = parseWebhook(
    buildMessageWebhook({
      phoneNumberId: t.sandboxPhoneNumberId,
      from,
      id,
      timestamp: at,
      content: { type: 'text', text },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.events;
};

describe('orderEvents', () => {
  it('groups by conversation in first-seen order and sorts each group by timestamp, stably', () => {
    const at = t.clock.now();
    const requests = [
      { events: [...message('1555000001', 'a2', at + 2000, 'a2'), ...message('1555000002', 'b1', at, 'b1')] },
      { events: [...message('1555000001', 'a1', at, 'a1'), ...message('1555000001', 'a3', at + 2000, 'a3')] },
    ];
    const order = orderEvents(requests).map(({ event }) => (event.kind === 'message' ? event.message.id : '?'));
    expect(order).toEqual(['a1', 'a2', 'a3', 'b1']);
  });
});

describe('GroupCommitter', () => {
  it('commits concurrent submissions together and answers each after the commit', async () => {
    const committer = new GroupCommitter(t.services);
    const at = t.clock.now();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => committer.submit({ events: message(`155500010${i}`, 'Hi', at, `w${i}`) })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect(rows.count(t.db, 'messages', "direction = 'in'")).toBe(20);
  });

  it('an event that throws fails only its own delivery; the others are committed', async () => {
    const committer = new GroupCommitter(t.services, (services, event) => {
      if (event.kind === 'message' && event.message.id === 'bad') {
        applyWebhookEvent(services, event); // its writes must roll back
        throw new Error('a bug');
      }
      return applyWebhookEvent(services, event);
    });
    const at = t.clock.now();
    const [good, bad, other] = await Promise.all([
      committer.submit({ events: message('1555000201', 'Hi', at, 'good') }),
      committer.submit({ events: message('1555000202', 'Hi', at, 'bad') }),
      committer.submit({ events: message('1555000203', 'Hi', at, 'other') }),
    ]);
    expect([good?.ok, bad?.ok, other?.ok]).toEqual([true, false, true]);
    expect(rows.messages(t.db, "direction = 'in'").map((m) => m.wamid)).toEqual(['good', 'other']);
    expect(rows.count(t.db, 'contacts', "wa_id = '1555000202'")).toBe(0);
    expect(rows.count(t.db, 'sessions')).toBe(2);
    // Its events rolled back with it: the SSE stream never carries the failed message.
    const streamed = t.services.bus
      .since(t.workspaceId, 0)
      .filter((event) => event.type === 'message.in')
      .map((event) => (event.data as { wamid: string }).wamid);
    expect(streamed).toEqual(['good', 'other']);
  });

  it('close() commits what was submitted, then refuses new work', async () => {
    const committer = new GroupCommitter(t.services);
    const pending = committer.submit({ events: message('1555000301', 'Hi', t.clock.now(), 'last') });
    await committer.close();
    expect((await pending).ok).toBe(true);
    expect((await committer.submit({ events: [] })).ok).toBe(false);
  });

  /**
   * Runs `scenario` with a committer whose server is under load (a commit just ended), counting the transactions it
   * opens from then on (`commits()`). Time is faked (timers, immediates and `performance.now()`): it moves only
   * when the scenario says, so a busy machine cannot change what a "moment" is.
   */
  async function underLoad(scenario: (committer: GroupCommitter, commits: () => number, at: number) => Promise<void>) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'performance'] });
    const committer = new GroupCommitter(t.services);
    const db = t.services.db;
    const original = db.transaction.bind(db);
    let commits = 0;
    db.transaction = ((fn: never) => {
      commits++;
      return original(fn);
    }) as typeof db.transaction;
    try {
      const at = t.clock.now();
      const load = committer.submit({ events: message('1555000401', 'Hi', at, 'load') });
      await vi.advanceTimersByTimeAsync(0);
      expect((await load).ok).toBe(true);
      commits = 0;
      await scenario(committer, () => commits, at);
    } finally {
      db.transaction = original;
      vi.useRealTimers();
    }
  }

  /** Submits a, lets the loop turn (the flush's setImmediate runs), submits b; returns how many commits it took. */
  async function commitsForTwoAfterLoad(): Promise<number> {
    let count = 0;
    await underLoad(async (committer, commits, at) => {
      const first = committer.submit({ events: message('1555000402', 'Hi', at, 'a') });
      await vi.advanceTimersByTimeAsync(0);
      const second = committer.submit({ events: message('1555000403', 'Hi', at, 'b') });
      await vi.advanceTimersByTimeAsync(t.services.config.commitDelayMs + 1);
      expect((await first).ok && (await second).ok).toBe(true);
      count = commits();
    });
    return count;
  }

  it('under load, waits commitDelayMs so deliveries arriving meanwhile share the commit', async () => {
    expect(t.services.config.commitDelayMs).toBeGreaterThan(0);
    expect(await commitsForTwoAfterLoad()).toBe(1);
  });

  it('under load, deliveries that piled up commit at once instead of waiting for more', async () => {
    await underLoad(async (committer, commits, at) => {
      const piled = Array.from({ length: 8 }, (_, i) =>
        committer.submit({ events: message(`155500051${i}`, 'Hi', at, `p${i}`) }),
      );
      await vi.advanceTimersByTimeAsync(0);
      // The eight went in a commit of their own, without waiting; the next one starts another.
      expect(commits()).toBe(1);
      const late = committer.submit({ events: message('1555000520', 'Hi', at, 'late') });
      await vi.advanceTimersByTimeAsync(0);
      expect(commits()).toBe(1); // alone under load: it waits for company
      await vi.advanceTimersByTimeAsync(t.services.config.commitDelayMs);
      expect((await Promise.all([...piled, late])).every((result) => result.ok)).toBe(true);
      expect(commits()).toBe(2);
    });
  });

  it('with commitDelayMs 0, each loop turn commits what it has', async () => {
    t.services.config.commitDelayMs = 0;
    expect(await commitsForTwoAfterLoad()).toBe(2);
  });
});
