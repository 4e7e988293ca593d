import { describe, expect, it } from 'vitest';
import { createGraph, n, simulate, wire } from '../testing/fixtures.ts';

// setField, addTag, removeTag, changeStage, handoff, goToFlow and end.
const graph = createGraph({
  variables: [{ name: 'greeting', defaultValue: 'Hello' }],
  nodes: [
    n('greet', 'setField', { scope: 'variable', name: 'greeting', value: 'Welcome back' }),
    n('email', 'setField', { scope: 'contact', name: 'email', value: '{{contact.first_name}}@example.com' }),
    n('tag', 'addTag', { tag: 'lead' }),
    n('untag', 'removeTag', { tag: 'cold' }),
    n('stage', 'changeStage', { pipeline: 'sales', stage: 'new' }),
    n('say', 'text', { body: '{{greeting}}, {{contact.email}}' }),
    n('hand', 'handoff', { team: 'sales', note: 'Lead {{contact.name}}' }),
  ],
  edges: wire(
    ['greet', 'next', 'email'],
    ['email', 'next', 'tag'],
    ['tag', 'next', 'untag'],
    ['untag', 'next', 'stage'],
    ['stage', 'next', 'say'],
    ['say', 'next', 'hand'],
  ),
});

describe('CRM steps, handoff, goToFlow, end', () => {
  it('emit their effects in order, and a later send sees the values set before it', () => {
    const sim = simulate(graph, { tags: ['cold', 'vip'] });
    const result = sim.customer({ text: 'hi' });
    const effects = typeof result === 'object' && result ? result.effects : [];
    expect(effects.map((effect) => (effect.type === 'send' ? effect.message : effect))).toEqual([
      { type: 'setField', name: 'email', value: 'Ana@example.com' },
      { type: 'addTag', tag: 'lead' },
      { type: 'removeTag', tag: 'cold' },
      { type: 'changeStage', pipeline: 'sales', stage: 'new' },
      { type: 'text', text: { body: 'Welcome back, Ana@example.com' } },
      { type: 'handoff', nodeId: 'hand', team: 'sales', note: 'Lead Ana López' },
      { type: 'end', reason: 'handoff', nodeId: 'hand' },
    ]);
    expect(sim.state.contact).toMatchObject({
      fields: { email: 'Ana@example.com' },
      tags: ['vip', 'lead'],
      stage: { pipeline: 'sales', stage: 'new' },
    });
  });

  it('goToFlow starts the other flow and ends; end ends completed with its reason', () => {
    const jump = simulate(createGraph({ nodes: [n('jump', 'goToFlow', { flowId: 'support' })] }));
    expect(jump.customer({ text: 'hi' })).toMatchObject({
      effects: [
        { type: 'startFlow', flowId: 'support' },
        { type: 'end', reason: 'goToFlow', nodeId: 'jump' },
      ],
    });
    const stop = simulate(createGraph({ nodes: [n('stop', 'end', { reason: 'not interested' })] }));
    expect(stop.customer({ text: 'hi' })).toMatchObject({
      effects: [{ type: 'end', reason: 'completed', detail: 'not interested', nodeId: 'stop' }],
    });
  });
});
