import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { EventBus } from './eventBus.ts';

function setup(retainPerWorkspace = 100) {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE t (n INTEGER)');
  const bus = new EventBus(db, { firstId: 1000, retainPerWorkspace });
  return { db, bus };
}

describe('EventBus', () => {
  it('publishes a transaction’s events after its commit, per workspace, and wakes only that workspace', () => {
    const { db, bus } = setup();
    let wokenA = 0;
    let wokenB = 0;
    bus.subscribe('a', () => wokenA++);
    bus.subscribe('b', () => wokenB++);
    db.transaction(() => {
      bus.record('a', 'message.in', { n: 1 }, 10);
      bus.record('a', 'message.out', { n: 2 }, 10);
      // Inside the transaction nothing is visible yet, even if someone calls notify.
      bus.notify();
      expect(bus.since('a', 0)).toEqual([]);
    })();
    expect(wokenA).toBe(0);
    bus.notify();
    expect(wokenA).toBe(1);
    expect(wokenB).toBe(0);
    expect(bus.since('a', 0)).toEqual([
      { id: 1000, type: 'message.in', data: { n: 1 }, createdAt: 10 },
      { id: 1001, type: 'message.out', data: { n: 2 }, createdAt: 10 },
    ]);
    expect(bus.since('a', 1000).map((event) => event.id)).toEqual([1001]);
    expect(bus.since('b', 0)).toEqual([]);
    expect(bus.lastId()).toBe(1001);
  });

  it('drops what a rolled-back transaction or savepoint recorded', () => {
    const { db, bus } = setup();
    db.transaction(() => {
      bus.record('a', 'message.in', { kept: 1 }, 10);
      try {
        bus.withRollback(() =>
          db.transaction(() => {
            bus.record('a', 'message.in', { lost: 1 }, 10);
            throw new Error('boom');
          })(),
        );
      } catch {
        // the savepoint rolled back
      }
      bus.record('a', 'message.in', { kept: 2 }, 10);
    })();
    expect(() =>
      bus.withRollback(() =>
        db.transaction(() => {
          bus.record('a', 'message.in', { lost: 2 }, 10);
          throw new Error('boom');
        })(),
      ),
    ).toThrow('boom');
    bus.notify();
    expect(bus.since('a', 0).map((event) => event.data)).toEqual([{ kept: 1 }, { kept: 2 }]);
  });

  it('publishes at once what is recorded outside a transaction (the change already committed)', () => {
    const { bus } = setup();
    let woken = 0;
    bus.subscribe('a', () => woken++);
    bus.record('a', 'contact.updated', { id: 'c' }, 10);
    expect(woken).toBe(1);
    expect(bus.since('a', 0)).toHaveLength(1);
  });

  it('keeps the data as it was when recorded, even if the caller changes its object later', () => {
    const { bus } = setup();
    const lead = { stage: 'new' };
    bus.record('a', 'lead.updated', lead, 10);
    lead.stage = 'won';
    expect(bus.since('a', 0)[0]!.data).toEqual({ stage: 'new' });
  });

  it('retains the newest events per workspace, forgets old ones on prune, and never reuses an id', () => {
    const { bus } = setup(10);
    for (let i = 0; i < 30; i++) bus.record('a', 'message.in', { i }, i);
    const kept = bus.since('a', 0).map((event) => (event.data as { i: number }).i);
    expect(kept.length).toBeGreaterThanOrEqual(10);
    expect(kept.length).toBeLessThanOrEqual(13);
    expect(kept.at(-1)).toBe(29);
    const last = bus.lastId();
    bus.prune(29);
    expect(bus.since('a', 0).map((event) => event.data)).toEqual([{ i: 29 }]);
    bus.prune(100);
    expect(bus.since('a', 0)).toEqual([]);
    bus.record('a', 'message.out', { i: 30 }, 100);
    expect(bus.since('a', 0)[0]!.id).toBe(last + 1);
  });

  it('treats an id it never gave (a browser from before a restart) as the start of what it retains', () => {
    const { bus } = setup();
    bus.record('a', 'message.in', { n: 1 }, 10);
    expect(bus.since('a', 999_999).map((event) => event.data)).toEqual([{ n: 1 }]);
  });
});
