import { nodeTypes } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { buildMachineConfig } from './buildMachineConfig.ts';
import { compileGraph } from './compileGraph.ts';
import type { MachineConfig } from './machine/config.ts';
import { createFlowIndex } from './machine/flowIndex.ts';
import { createGraph, n, wire } from './testing/fixtures.ts';

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

  it('gives every step type a state, as plain JSON with no functions', () => {
    const config = buildMachineConfig(createFlowIndex(everyType));
    expect(new Set(everyType.nodes.map((node) => node.type))).toEqual(new Set(nodeTypes));
    for (const node of everyType.nodes)
      expect(config.states[node.id]?.meta).toEqual({ nodeId: node.id, type: node.type });
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it('writes a step as named actions and guards with params', () => {
    const graph = createGraph({
      nodes: [n('a.b', 'addTag', { tag: 'x' }), n('c', 'end', {})],
      edges: wire(['a.b', 'next', 'c']),
    });
    expect(buildMachineConfig(createFlowIndex(graph)).states['a%2Eb']).toEqual({
      meta: { nodeId: 'a.b', type: 'addTag' },
      entry: [{ type: 'enter', params: { nodeId: 'a.b' } }],
      always: [
        {
          target: '#flow.c',
          reenter: true,
          actions: [
            { type: 'nodeEffect', params: { nodeId: 'a.b' } },
            { type: 'edge', params: { from: 'a.b', handle: 'next', to: 'c', edgeId: 'a.b-next' } },
          ],
        },
      ],
    });
  });
});
