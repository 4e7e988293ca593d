import { describe, expect, it } from 'vitest';
import type { GraphInput } from '../graph.ts';
import { createEdge, createGraph, createNode } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

function loopsAt(graph: GraphInput): string[] {
  return validateGraph(graph)
    .filter((d) => d.code === 'policy.sendLoop')
    .map((d) => d.nodeId!);
}

describe('send loops', () => {
  it('allows a loop through a customer choice', () => {
    const graph = createGraph({
      nodes: [createNode('buttons', 'menu'), createNode('text', 'info')],
      edges: [createEdge('menu', 'info', 'yes'), createEdge('menu', 'menu', 'no'), createEdge('info', 'menu')],
    });
    expect(loopsAt(graph)).toEqual([]);
  });

  it('allows a re-ask loop through an answer or an invalid answer', () => {
    const graph = createGraph({
      nodes: [createNode('text', 'ask'), createNode('waitForReply', 'answer'), createNode('end', 'done')],
      edges: [createEdge('ask', 'answer'), createEdge('answer', 'ask', 'invalid'), createEdge('answer', 'done')],
    });
    expect(loopsAt(graph)).toEqual([]);
  });

  it('reports a loop that re-sends when nobody answers', () => {
    const graph = createGraph({
      nodes: [createNode('buttons', 'menu', { timeout: { amount: 1, unit: 'days' } }), createNode('end', 'done')],
      edges: [
        createEdge('menu', 'done', 'yes'),
        createEdge('menu', 'done', 'no'),
        createEdge('menu', 'menu', 'timeout'),
      ],
    });
    expect(loopsAt(graph)).toEqual(['menu']);
    expect(validateGraph(graph).find((d) => d.code === 'policy.sendLoop')?.message).toContain('leads back to itself');
  });

  it('reports an immediate send loop once, naming its steps', () => {
    const graph = createGraph({
      nodes: [
        createNode('setField', 'count'),
        createNode('text', 'spam', { body: 'Hi!' }),
        createNode('addTag', 'tag'),
      ],
      edges: [createEdge('count', 'spam'), createEdge('spam', 'tag'), createEdge('tag', 'count')],
    });
    const loops = validateGraph(graph).filter((d) => d.code === 'policy.sendLoop');
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({ nodeId: 'spam', message: expect.stringContaining('form a loop') });
  });

  it('ignores a loop that sends nothing', () => {
    const graph = createGraph({
      nodes: [createNode('setField', 'a'), createNode('addTag', 'b')],
      edges: [createEdge('a', 'b'), createEdge('b', 'a')],
    });
    expect(loopsAt(graph)).toEqual([]);
  });
});
