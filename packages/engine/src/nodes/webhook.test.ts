import { describe, expect, it } from 'vitest';
import { createGraph, n, simulate, wire } from '../testing/fixtures.ts';

const graph = (withError: boolean) =>
  createGraph({
    variables: [{ name: 'order' }, { name: 'item' }, { name: 'raw' }],
    nodes: [
      n('lookup', 'webhook', {
        url: 'https://api.example.com/orders?phone={{contact.phone}}',
        headers: [{ name: 'X-Name', value: '{{contact.first_name}}' }],
        body: '{"phone":"{{contact.wa_id}}"}',
        responseMappings: [
          { path: 'order.id', variable: 'order' },
          { path: 'order.items.0.name', variable: 'item' },
          { path: 'order.items', variable: 'raw' },
        ],
        timeoutSeconds: 5,
      }),
      n('found', 'text', { body: 'Order {{order}}: {{item}}' }),
      n('oops', 'text', { body: 'Something went wrong' }),
    ],
    edges: wire(
      ['lookup', 'next', 'found'],
      ...(withError ? [['lookup', 'error', 'oops'] as [string, string, string]] : []),
    ),
  });

describe('webhook', () => {
  it('calls with placeholders filled and waits; a 2xx answer maps its fields and goes on', () => {
    const sim = simulate(graph(true));
    const result = sim.customer({ text: 'hi' });
    expect(typeof result === 'object' && result?.effects).toEqual([
      {
        type: 'callWebhook',
        requestId: 's1:1',
        nodeId: 'lookup',
        method: 'POST',
        url: 'https://api.example.com/orders?phone=15551234567',
        headers: { 'X-Name': 'Ana' },
        body: '{"phone":"15551234567"}',
        timeoutMs: 5000,
      },
    ]);
    sim.webhook({ status: 200, body: { order: { id: 42, items: [{ name: 'Lamp' }] } } });
    expect(sim.takeSent().map((effect) => effect.message)).toEqual([
      { type: 'text', text: { body: 'Order 42: Lamp' } },
    ]);
    const machine = sim.state.session?.machine as { context: { variables: Record<string, string> } } | undefined;
    expect(machine?.context.variables.raw).toBe('[{"name":"Lamp"}]');
  });

  it('takes error on a non-2xx answer or a network failure; unconnected it ends error', () => {
    const failing = simulate(graph(true));
    failing.customer({ text: 'hi' });
    failing.webhook({ status: 503 });
    expect(failing.takeSent().map((effect) => effect.nodeId)).toEqual(['oops']);

    const network = simulate(graph(false));
    network.customer({ text: 'hi' });
    network.webhook({ status: 0, error: 'ECONNRESET' });
    expect(network.state.ended).toEqual({ reason: 'error' });
  });

  it('ignores a result for another request', () => {
    const sim = simulate(graph(true));
    sim.customer({ text: 'hi' });
    const pending = sim.state.webhook;
    sim.state.webhook = pending ? { ...pending, requestId: 'stale' } : null;
    sim.webhook({ status: 200, body: {} });
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'lookup' });
  });
});

describe('webhook: what the customer typed stays data', () => {
  it('JSON-escapes it in a JSON body and URL-encodes it in the query', () => {
    const sim = simulate(
      createGraph({
        variables: [{ name: 'answer' }],
        nodes: [
          n('ask', 'waitForReply', { variable: 'answer', validation: { kind: 'text' } }),
          n('send', 'webhook', {
            url: 'https://api.example.com/notes?text={{answer}}',
            body: '{"text": "{{answer}}", "from": {{contact.name}}}',
          }),
        ],
        edges: wire(['ask', 'next', 'send']),
      }),
    );
    sim.customer({ text: 'hi' });
    const typed = 'He said "hi" & left\\';
    const result = sim.customer({ text: typed });
    const call = typeof result === 'object' ? result?.effects.find((effect) => effect.type === 'callWebhook') : null;
    if (call?.type !== 'callWebhook') throw new Error('no webhook call');
    expect(JSON.parse(call.body ?? '')).toEqual({ text: typed, from: 'Ana López' });
    expect(new URL(call.url).searchParams.get('text')).toBe(typed);
  });
});
