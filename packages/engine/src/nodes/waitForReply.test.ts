import { describe, expect, it } from 'vitest';
import { createGraph, NOW, n, simulate, wire } from '../testing/fixtures.ts';

type Data = Parameters<typeof n<'waitForReply'>>[2];

const ask = (data: Partial<Data>) =>
  createGraph({
    variables: [{ name: 'answer' }],
    nodes: [
      n('hello', 'text', { body: 'How many seats?' }),
      n('ask', 'waitForReply', { variable: 'answer', validation: { kind: 'text' }, ...data }),
      n('ok', 'text', { body: 'Got {{answer}}' }),
      n('bad', 'text', { body: 'Giving up' }),
    ],
    edges: wire(['hello', 'next', 'ask'], ['ask', 'next', 'ok'], ['ask', 'invalid', 'bad']),
  });

const said = (sim: ReturnType<typeof simulate>) =>
  sim.takeSent().map((effect) => (effect.message.type === 'text' ? effect.message.text.body : '?'));

describe('waitForReply', () => {
  it('stores a valid answer (numbers written back plainly) and goes on', () => {
    const sim = simulate(ask({ validation: { kind: 'number', min: 1, integer: false } }));
    sim.customer({ text: 'hi' });
    sim.customer({ text: ' 2,5 ' });
    expect(said(sim)).toEqual(['How many seats?', 'Got 2.5']);
  });

  it('sends the retry message while retries are left, then takes invalid', () => {
    const sim = simulate(ask({ validation: { kind: 'email' }, retryMessage: 'An email, please', maxRetries: 1 }));
    sim.customer({ text: 'hi' });
    sim.customer({ text: 'nope' });
    sim.customer({ text: 'still no' });
    expect(said(sim)).toEqual(['How many seats?', 'An email, please', 'Giving up']);
  });

  it('without a retry message just waits again', () => {
    const sim = simulate(ask({ validation: { kind: 'phone' }, maxRetries: 1 }));
    sim.customer({ text: 'hi' });
    sim.customer({ text: '12' });
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'ask' });
    sim.customer({ text: '+1 (555) 123-4567' });
    expect(said(sim)).toEqual(['How many seats?', 'Got +1 (555) 123-4567']);
  });

  it('stores a choice as written in the step', () => {
    const sim = simulate(ask({ validation: { kind: 'choice', choices: ['Mañana', 'Tarde'] } }));
    sim.customer({ text: 'hi' });
    sim.customer({ text: 'MANANA' });
    expect(said(sim)).toEqual(['How many seats?', 'Got Mañana']);
  });

  it('gathers a burst of fragments into one answer after the silence', () => {
    const sim = simulate(ask({ gatherSeconds: 5 }));
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ text: 'I want to book' });
    sim.advance(3000);
    sim.customer({ text: 'for tomorrow' });
    sim.advance(4000);
    expect(said(sim)).toEqual([]);
    sim.customer({ text: 'at 10' });
    expect([...sim.state.timers.values()].map((timer) => timer.at)).toEqual([NOW + 7000 + 5000]);
    sim.advance(5000);
    expect(said(sim)).toEqual(['Got I want to book for tomorrow at 10']);
    expect(sim.state.session?.status).toBe('ended');
  });

  it('checks the gathered answer as a whole, and retries with a fresh gather', () => {
    const sim = simulate(ask({ gatherSeconds: 2, validation: { kind: 'text', minLength: 10 }, maxRetries: 1 }));
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ text: 'short' });
    sim.advance(2000);
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'ask' });
    sim.customer({ text: 'a much longer' });
    sim.customer({ text: 'answer' });
    sim.advance(2000);
    expect(said(sim)).toEqual(['Got a much longer answer']);
  });
});
