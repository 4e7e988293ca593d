import { describe, expect, it } from 'vitest';
import { createGraph, HOUR, NOW, n, simulate, wire } from '../testing/fixtures.ts';

const graph = createGraph({
  nodes: [n('wait', 'delay', { duration: { amount: 2, unit: 'hours' } }), n('ping', 'text', { body: 'still there?' })],
  edges: wire(['wait', 'next', 'ping']),
});

describe('delay', () => {
  it('schedules a timer duration ahead and goes on when it fires, at its own time', () => {
    const sim = simulate(graph);
    const result = sim.customer({ text: 'hi' });
    expect(typeof result === 'object' && result?.effects).toEqual([
      { type: 'scheduleTimer', timerId: 'wait:delay:1', at: NOW + 2 * HOUR, nodeId: 'wait' },
    ]);
    sim.advance(HOUR);
    expect(sim.takeSent()).toEqual([]);
    sim.advance(5 * HOUR);
    expect(sim.takeSent().map((effect) => effect.nodeId)).toEqual(['ping']);
  });

  it('ignores messages while it waits', () => {
    const sim = simulate(graph);
    sim.customer({ text: 'hi' });
    sim.customer({ text: 'hello?' });
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'wait' });
  });
});
