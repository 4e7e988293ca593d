import { describe, expect, it } from 'vitest';
import { createGraph, n, simulate, wire } from '../testing/fixtures.ts';

const graph = createGraph({
  variables: [{ name: 'budget', defaultValue: '0' }],
  nodes: [
    n('save', 'setField', { scope: 'variable', name: 'budget', value: '{{contact.budget}}' }),
    n('check', 'condition', {
      branches: [
        {
          id: 'vip',
          label: 'VIP',
          match: 'any',
          rules: [
            { subject: { kind: 'tags' }, operator: 'contains', value: 'VIP' },
            { subject: { kind: 'variable', name: 'budget' }, operator: 'greaterThan', value: '1000' },
          ],
        },
        {
          id: 'greeting',
          label: 'Said hola',
          rules: [{ subject: { kind: 'lastReply' }, operator: 'startsWith', value: 'hola' }],
        },
      ],
    }),
    n('vip', 'text', { body: 'vip' }),
    n('hola', 'text', { body: 'hola' }),
    n('other', 'text', { body: 'other' }),
  ],
  edges: wire(
    ['save', 'next', 'check'],
    ['check', 'vip', 'vip'],
    ['check', 'greeting', 'hola'],
    ['check', 'else', 'other'],
  ),
});

const route = (contact: Parameters<typeof simulate>[1], text: string) => {
  const sim = simulate(graph, contact);
  sim.customer({ text });
  return sim.takeSent().map((effect) => effect.nodeId);
};

describe('condition', () => {
  it('takes the first branch whose rules hold, else else', () => {
    expect(route({ tags: ['vip'] }, 'hola')).toEqual(['vip']);
    expect(route({ fields: { budget: '1500,5' } }, 'hi')).toEqual(['vip']);
    expect(route({ fields: { budget: '900' } }, '  HÓLA amigo')).toEqual(['hola']);
    expect(route({}, 'hi')).toEqual(['other']);
  });
});
