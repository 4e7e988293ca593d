import { describe, expect, it } from 'vitest';
import { createGraph, HOUR, inbound, NOW, n, simulate, wire } from '../testing/fixtures.ts';

const ask = (extra: { retryMessage?: string; maxRetries?: number; timeout?: { amount: number; unit: 'hours' } } = {}) =>
  createGraph({
    nodes: [
      n('ask', 'buttons', {
        body: 'Coffee or tea?',
        buttons: [
          { id: 'coffee', title: 'Café' },
          { id: 'tea', title: 'Tea' },
        ],
        ...extra,
      }),
      n('c', 'text', { body: 'coffee it is' }),
      n('t', 'text', { body: 'tea it is' }),
      n('why', 'text', { body: 'never mind' }),
      n('late', 'text', { body: 'too slow' }),
    ],
    edges: wire(['ask', 'coffee', 'c'], ['ask', 'tea', 't'], ['ask', 'invalid', 'why'], ['ask', 'timeout', 'late']),
  });

const bodies = (sim: ReturnType<typeof simulate>) =>
  sim.takeSent().map((effect) => (effect.message.type === 'text' ? effect.message.text.body : effect.message.type));

describe('buttons', () => {
  it('sends and waits; a tap takes that button output', () => {
    const sim = simulate(ask());
    sim.customer({ text: 'hi' });
    expect(bodies(sim)).toEqual(['interactive']);
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'ask' });
    sim.customer({ button: 'tea' });
    expect(bodies(sim)).toEqual(['tea it is']);
    expect(sim.state.ended?.reason).toBe('completed');
  });

  it('counts a text equal to a title (trimmed, any case, any accents) as that choice', () => {
    const sim = simulate(ask());
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ text: '  CAFE ' });
    expect(bodies(sim)).toEqual(['coffee it is']);
  });

  it('re-prompts with the retry message while retries are left, then takes invalid', () => {
    const sim = simulate(ask({ retryMessage: 'Please tap {{contact.first_name}}', maxRetries: 2 }));
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ text: 'milk' });
    expect(bodies(sim)).toEqual(['Please tap Ana']);
    sim.customer({ text: 'juice' });
    expect(bodies(sim)).toEqual(['Please tap Ana']);
    sim.customer({ text: 'water' });
    expect(bodies(sim)).toEqual(['never mind']);
  });

  it('re-sends the same message when there is no retry message', () => {
    const sim = simulate(ask({ maxRetries: 1 }));
    sim.customer({ text: 'hi' });
    const [first] = sim.takeSent();
    sim.customer({ text: 'milk' });
    const [again] = sim.takeSent();
    expect(again?.message).toEqual(first?.message);
    expect(again?.id).not.toBe(first?.id);
  });

  it('ends invalidReply when invalid is not connected', () => {
    const graph = ask({ maxRetries: 0 });
    const sim = simulate({ ...graph, edges: graph.edges.filter((edge) => edge.sourceHandle !== 'invalid') });
    sim.customer({ text: 'hi' });
    sim.customer({ text: 'milk' });
    expect(sim.state.ended).toEqual({ reason: 'invalidReply' });
  });

  it('schedules the timeout on entering the wait and cancels it on leaving', () => {
    const sim = simulate(ask({ timeout: { amount: 2, unit: 'hours' } }));
    const start = sim.customer({ text: 'hi' });
    expect(typeof start === 'object' && start?.effects).toContainEqual({
      type: 'scheduleTimer',
      timerId: 'ask:timeout:2',
      at: NOW + 2 * HOUR,
      nodeId: 'ask',
    });
    const tap = sim.customer({ button: 'coffee' });
    expect(typeof tap === 'object' && tap?.effects[0]).toEqual({ type: 'cancelTimer', timerId: 'ask:timeout:2' });
    expect(sim.state.timers.size).toBe(0);
  });

  it('takes timeout when the timer fires, and restarts the timer after a re-prompt', () => {
    const sim = simulate(ask({ timeout: { amount: 2, unit: 'hours' } }));
    sim.customer({ text: 'hi' });
    sim.advance(HOUR);
    sim.customer({ text: 'milk' });
    expect([...sim.state.timers.values()].map((timer) => timer.at)).toEqual([NOW + 3 * HOUR]);
    sim.takeSent();
    sim.advance(3 * HOUR);
    expect(bodies(sim)).toEqual(['too slow']);
  });

  it('ignores a timer event that is not the one it waits for', () => {
    const sim = simulate(ask({ timeout: { amount: 2, unit: 'hours' } }));
    sim.customer({ text: 'hi' });
    sim.state.timers.set('ask:timeout:999', { at: NOW + HOUR, order: -1 });
    sim.advance(HOUR);
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'ask' });
  });

  it('does not accept a reply id of another step as a choice', () => {
    const sim = simulate(ask({ maxRetries: 0 }));
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.receive(inbound({ type: 'buttonReply', id: 'elsewhere', title: 'Tea' }));
    expect(bodies(sim)).toEqual(['never mind']);
  });
});
