import { nodeTypes } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { buildMachineConfig } from './buildMachineConfig.ts';
import { compileGraph } from './compileGraph.ts';
import type { FlowMachine } from './createFlowMachine.ts';
import type { MachineConfig } from './machine/config.ts';
import { createFlowIndex } from './machine/flowIndex.ts';
import { isInlined } from './nodes/shared.ts';
import { compileUnchecked, createGraph, n, wire } from './testing/fixtures.ts';

const everyType = createGraph({
  variables: [{ name: 'v' }],
  nodes: [
    n('text', 'text', { body: 'hi' }),
    n('media', 'media', { mediaType: 'image', link: 'https://x.test/a.png' }),
    n('buttons', 'buttons', { body: 'b', buttons: [{ id: 'b1', title: 'B1' }] }),
    n('list', 'list', { body: 'l', buttonLabel: 'L', sections: [{ rows: [{ id: 'r1', title: 'R1' }] }] }),
    n('cta', 'ctaUrl', { body: 'c', displayText: 'Go', url: 'https://x.test' }),
    n('template', 'template', { name: 't', language: 'en', category: 'utility', body: 'b' }),
    n('carousel', 'carousel', {
      name: 'c',
      language: 'en',
      category: 'marketing',
      body: 'b',
      cards: [
        { header: { format: 'image', link: 'https://x.test/1.png' } },
        { header: { format: 'image', link: 'https://x.test/2.png' } },
      ],
    }),
    n('form', 'whatsappFlow', { flowName: 'f', body: 'b', cta: 'Open', screens: [] }),
    n('wait', 'waitForReply', { variable: 'v', validation: { kind: 'text' }, gatherSeconds: 3 }),
    n('cond', 'condition', { branches: [] }),
    n('delay', 'delay', { duration: { amount: 1, unit: 'minutes' } }),
    n('set', 'setField', { scope: 'variable', name: 'v', value: 'x' }),
    n('tag', 'addTag', { tag: 't' }),
    n('untag', 'removeTag', { tag: 't' }),
    n('stage', 'changeStage', { pipeline: 'p', stage: 's' }),
    n('handoff', 'handoff', {}),
    n('hook', 'webhook', { url: 'https://x.test' }),
    n('jump', 'goToFlow', { flowId: 'other' }),
    n('end', 'end', {}),
  ],
});

describe('compileGraph', () => {
  it('returns the diagnostics instead of a machine when the graph has errors', () => {
    const result = compileGraph({ schemaVersion: 1, id: 'x', name: 'x', triggers: [], nodes: [], edges: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.diagnostics.map((diagnostic) => diagnostic.code)).toContain('graph.noTrigger');
  });

  it('compiles a valid graph (defaults filled) to a config and a machine', () => {
    const result = compileGraph({
      schemaVersion: 1,
      id: 'hello',
      name: 'Hello',
      triggers: [{ id: 'any', type: 'inboundMessage', nodeId: 'hi', match: { kind: 'any' } }],
      nodes: [n('hi', 'text', { body: 'Hello' })],
      edges: [],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.graph.variables).toEqual([]);
    expect(Object.keys((result.config as MachineConfig).states)).toEqual(['$idle', 'hi', '$ended']);
    expect(result.machine).toBeDefined();
  });

  it('gives every step that sends, waits or branches a state, as plain JSON with no functions', () => {
    const flow = createFlowIndex(everyType);
    const config = buildMachineConfig(flow);
    expect(new Set(everyType.nodes.map((node) => node.type))).toEqual(new Set(nodeTypes));
    const inlined = new Set(['setField', 'addTag', 'removeTag', 'changeStage', 'handoff', 'goToFlow', 'end']);
    for (const node of everyType.nodes) {
      expect(isInlined(flow, node.id)).toBe(inlined.has(node.type));
      if (inlined.has(node.type)) expect(config.states[node.id]).toBeUndefined();
      else expect(config.states[node.id]?.meta).toEqual({ nodeId: node.id, type: node.type });
    }
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('writes a step as named actions and guards with params, a dotted id escaped in its state key', () => {
    const graph = createGraph({
      nodes: [n('a.b', 'text', { body: 'hi' }), n('c', 'text', { body: 'bye' })],
      edges: wire(['a.b', 'next', 'c']),
    });
    expect(buildMachineConfig(createFlowIndex(graph)).states['a%2Eb']).toEqual({
      meta: { nodeId: 'a.b', type: 'text' },
      entry: [
        { type: 'enter', params: { nodeId: 'a.b' } },
        { type: 'expectSend', params: { nodeId: 'a.b', variant: 'main', orWindowClosed: true } },
      ],
      always: [
        {
          guard: { type: 'policy', params: { nodeId: 'a.b', variant: 'main', is: 'allowed' } },
          target: '#flow.c',
          reenter: true,
          actions: [
            { type: 'send', params: { nodeId: 'a.b', variant: 'main' } },
            { type: 'edge', params: { from: 'a.b', handle: 'next', to: 'c', edgeId: 'a.b-next' } },
          ],
        },
      ],
    });
  });

  it('compiles a step that only acts and moves on into the transitions entering it', () => {
    const graph = createGraph({
      nodes: [
        n('ask', 'buttons', { body: 'b', buttons: [{ id: 'b1', title: 'B1' }] }),
        n('tag', 'addTag', { tag: 'x' }),
        n('bye', 'end', { reason: 'done' }),
      ],
      edges: wire(['ask', 'b1', 'tag'], ['tag', 'next', 'bye']),
    });
    const config = buildMachineConfig(createFlowIndex(graph));
    expect(Object.keys(config.states)).toEqual(['$idle', 'ask', '$ended']);
    expect(config.states.ask?.states?.wait?.on?.inbound?.[0]).toEqual({
      guard: { type: 'choice', params: { nodeId: 'ask', choiceId: 'b1' } },
      target: '#flow.$ended',
      actions: [
        { type: 'edge', params: { from: 'ask', handle: 'b1', to: 'tag', edgeId: 'ask-b1' } },
        { type: 'enter', params: { nodeId: 'tag' } },
        { type: 'nodeEffect', params: { nodeId: 'tag' } },
        { type: 'edge', params: { from: 'tag', handle: 'next', to: 'bye', edgeId: 'tag-next' } },
        { type: 'enter', params: { nodeId: 'bye' } },
        { type: 'end', params: { reason: 'completed', nodeId: 'bye', detail: 'done' } },
      ],
    });
  });

  it('keeps the state of such a step on a loop, where its loop guard must be checked', () => {
    const graph = createGraph({
      nodes: [n('a', 'addTag', { tag: 'x' }), n('b', 'removeTag', { tag: 'x' })],
      edges: wire(['a', 'next', 'b'], ['b', 'next', 'a']),
    });
    const config = buildMachineConfig(createFlowIndex(graph));
    expect(Object.keys(config.states)).toEqual(['$idle', 'a', 'b', '$ended']);
    expect(config.states.a?.always?.[0]?.guard).toEqual({ type: 'loopLimit', params: {} });
  });

  it('ends a refused send through one transition of the root, not one per sending state', () => {
    const graph = createGraph({
      nodes: [n('t', 'template', { name: 't', language: 'en', category: 'utility', body: 'b' })],
    });
    const config = buildMachineConfig(createFlowIndex(graph));
    expect(config.always).toEqual([
      {
        guard: { type: 'sendPending', params: {} },
        target: '#flow.$ended',
        actions: [{ type: 'refusePending', params: {} }],
      },
    ]);
    expect(config.states.t?.entry).toContainEqual({ type: 'expectSend', params: { nodeId: 't', variant: 'main' } });
    expect(config.states.t?.always).toHaveLength(1);
  });

  it('starts its machine at $idle without the root refusal firing (no send pending there)', () => {
    const snapshot = createActor(compileUnchecked(everyType).machine as FlowMachine).getSnapshot();
    expect(snapshot.status).toBe('active');
    expect(snapshot.value).toBe('$idle');
  });
});
