import { describe, expect, it } from 'vitest';
import { createGraph, n, simulate, wire } from '../testing/fixtures.ts';

const graph = createGraph({
  nodes: [
    n('menu', 'list', {
      body: 'Pick a size',
      buttonLabel: 'Sizes',
      sections: [
        { title: 'Small', rows: [{ id: 's', title: 'Small team' }] },
        { title: 'Large', rows: [{ id: 'l', title: 'Équipe entière' }] },
      ],
      maxRetries: 0,
    }),
    n('small', 'text', { body: 'small' }),
    n('large', 'text', { body: 'large' }),
  ],
  edges: wire(['menu', 's', 'small'], ['menu', 'l', 'large']),
});

const lastBody = (sim: ReturnType<typeof simulate>) => {
  const message = sim.takeSent().at(-1)?.message;
  return message?.type === 'text' ? message.text.body : message?.type;
};

describe('list', () => {
  it('a row pick takes that row output', () => {
    const sim = simulate(graph);
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ list: 'l' });
    expect(lastBody(sim)).toBe('large');
  });

  it('a text equal to a row title in any section counts as that row', () => {
    const sim = simulate(graph);
    sim.customer({ text: 'hi' });
    sim.takeSent();
    sim.customer({ text: 'equipe ENTIERE' });
    expect(lastBody(sim)).toBe('large');
  });

  it('anything else with no retries left ends invalidReply (invalid not connected)', () => {
    const sim = simulate(graph);
    sim.customer({ text: 'hi' });
    sim.customer({ text: 'medium' });
    expect(sim.state.ended?.reason).toBe('invalidReply');
  });
});
