import { describe, expect, it } from 'vitest';
import { startSession } from '../startSession.ts';
import { compileUnchecked, createGraph, createStepContext, HOUR, inbound, NOW, n, wire } from '../testing/fixtures.ts';

const graph = createGraph({
  variables: [{ name: 'plan', defaultValue: 'Pro' }],
  nodes: [
    n('hello', 'text', { body: 'Hi {{contact.first_name}}, {{plan}} plan{{nothing}}!' }),
    n('bye', 'text', { body: 'Bye {{contact.name}} ({{contact.phone}})' }),
    n('template', 'template', { name: 'comeback', language: 'en', category: 'utility', body: 'We miss you' }),
  ],
  edges: wire(['hello', 'next', 'bye'], ['hello', 'windowClosed', 'template']),
});
const flow = compileUnchecked(graph);
const trigger = graph.triggers[0]!;

describe('text', () => {
  it('sends with placeholders filled, then takes next at once; ids count per session', () => {
    const result = startSession(flow, {
      sessionId: 's1',
      trigger,
      event: { type: 'inbound', message: inbound('hi') },
      context: createStepContext(),
    });
    expect(result.effects).toEqual([
      {
        type: 'send',
        id: 's1:1',
        nodeId: 'hello',
        message: { type: 'text', text: { body: 'Hi Ana, Pro plan!' } },
        kind: 'text',
        price: 'free',
        pricingType: 'free_customer_service',
        reason: expect.any(String),
      },
      {
        type: 'send',
        id: 's1:2',
        nodeId: 'bye',
        message: { type: 'text', text: { body: 'Bye Ana López (15551234567)' } },
        kind: 'text',
        price: 'free',
        pricingType: 'free_customer_service',
        reason: expect.any(String),
      },
      { type: 'end', reason: 'completed', nodeId: 'bye' },
    ]);
    expect(result.snapshot.status).toBe('ended');
    expect(result.facts.lastCustomerMessageAt).toBe(NOW);
  });

  it('traces the event, each step entered, the policy decision, the effect and the edge taken', () => {
    const result = startSession(flow, {
      sessionId: 's1',
      trigger,
      event: { type: 'inbound', message: inbound('hi') },
      context: createStepContext(),
    });
    expect(result.trace.map((entry) => entry.kind)).toEqual([
      'event',
      'enter',
      'policy',
      'effect',
      'edge',
      'enter',
      'policy',
      'effect',
      'edge',
      'effect',
      'end',
    ]);
    expect(result.trace[4]).toEqual({
      at: NOW,
      kind: 'edge',
      from: 'hello',
      handle: 'next',
      to: 'bye',
      edgeId: 'hello-next',
    });
    expect(result.trace[8]).toEqual({ at: NOW, kind: 'edge', from: 'bye', handle: 'next', to: null });
  });

  it('takes windowClosed when the 24-hour window is closed, and sends nothing free-form', () => {
    const result = startSession(flow, {
      sessionId: 's1',
      trigger,
      event: { type: 'api' },
      context: createStepContext({ lastCustomerMessageAt: NOW - 25 * HOUR }),
    });
    expect(result.effects.map((effect) => effect.type)).toEqual(['send', 'end']);
    expect(result.effects[0]).toMatchObject({ nodeId: 'template', kind: 'template', price: 'utility' });
    expect(result.trace).toContainEqual(
      expect.objectContaining({ kind: 'policy', nodeId: 'hello', allowed: false, code: 'windowClosed' }),
    );
  });

  it('ends windowClosed when the windowClosed output is not connected', () => {
    const bare = compileUnchecked(createGraph({ nodes: [n('hello', 'text', { body: 'Hi' })] }));
    const result = startSession(bare, {
      sessionId: 's1',
      trigger: bare.graph.triggers[0]!,
      event: { type: 'api' },
      context: createStepContext({ lastCustomerMessageAt: null }),
    });
    expect(result.effects).toEqual([{ type: 'end', reason: 'windowClosed', nodeId: 'hello' }]);
  });
});
