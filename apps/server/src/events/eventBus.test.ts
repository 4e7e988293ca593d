import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/openDatabase.ts';
import { EventBus } from './eventBus.ts';

describe('EventBus', () => {
  it('stores events per workspace, wakes listeners after notify, and never reuses an id after pruning', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO workspaces (id, name, created_at) VALUES ('a', 'A', 0), ('b', 'B', 0)").run();
    const bus = new EventBus(db);
    let woken = 0;
    bus.subscribe('a', () => woken++);
    bus.record('a', 'message.in', { n: 1 }, 1000);
    bus.record('b', 'message.in', { n: 2 }, 1000);
    expect(woken).toBe(0);
    bus.notify();
    expect(woken).toBe(1);
    expect(bus.since('a', 0).map((event) => event.data)).toEqual([{ n: 1 }]);
    const last = bus.lastId('b');
    bus.prune(5000);
    expect(bus.since('a', 0)).toEqual([]);
    bus.record('a', 'message.out', { n: 3 }, 6000);
    expect(bus.since('a', 0)[0]!.id).toBeGreaterThan(last);
  });
});
