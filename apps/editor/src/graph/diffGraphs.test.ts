import type { GraphNode } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { createTestGraph } from './createTestGraph.ts';
import { diffGraphs, isEmptyDiff } from './diffGraphs.ts';

describe('diffGraphs', () => {
  it('finds steps added, removed and edited, and connections changed', () => {
    const version = createTestGraph();
    const added: GraphNode = { id: 'new', type: 'end', data: {} };
    const draft = {
      ...version,
      nodes: [
        { ...version.nodes[0]!, position: { x: 99, y: 99 } },
        { ...version.nodes[1]!, data: { body: 'Changed' } } as GraphNode,
        added,
      ],
      edges: [version.edges[0]!, { id: 'other-id', source: 'ask', sourceHandle: 'no', target: 'new' }],
    };
    const diff = diffGraphs(version, draft);
    expect(diff.addedNodes.map((n) => n.id)).toEqual(['new']);
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['bye']);
    expect(diff.editedNodes).toEqual([{ id: 'thanks', node: draft.nodes[1], fields: ['body'] }]);
    expect(diff.movedNodeIds).toEqual(['ask']);
    expect(diff.addedEdges.map((e) => e.target)).toEqual(['new']);
    expect(diff.removedEdges.map((e) => e.target)).toEqual(['bye']);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('ignores edge ids and positions', () => {
    const version = createTestGraph();
    const draft = {
      ...version,
      nodes: version.nodes.map((n) => ({ ...n, position: { x: 0, y: 0 } })),
      edges: version.edges.map((e) => ({ ...e, id: `${e.id}-renamed` })),
    };
    expect(isEmptyDiff(diffGraphs(version, draft))).toBe(true);
  });
});
