import type { Graph, GraphNode } from '@salesbot/graph';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyGraphChange } from './applyGraphChange.ts';
import { createTestGraph } from './createTestGraph.ts';
import type { GraphChange } from './graphChange.ts';

const textNode = (id: string, body = 'hi'): GraphNode => ({
  id,
  type: 'text',
  data: { body },
  position: { x: 1, y: 2 },
});

describe('applyGraphChange', () => {
  it('inserts nodes at their indices and undoes by removing them', () => {
    const graph = createTestGraph();
    const { graph: next, inverse } = applyGraphChange(graph, {
      type: 'insertNodes',
      entries: [
        { index: 0, item: textNode('a') },
        { index: 2, item: textNode('b') },
      ],
    });
    expect(next.nodes.map((n) => n.id)).toEqual(['a', 'ask', 'b', 'thanks', 'bye']);
    expect(inverse).toEqual({ type: 'removeNodes', ids: ['a', 'b'] });
    expect(applyGraphChange(next, inverse).graph).toStrictEqual(graph);
  });

  it('skips an inserted item whose id is taken', () => {
    const graph = createTestGraph();
    const { graph: next, inverse } = applyGraphChange(graph, {
      type: 'insertNodes',
      entries: [{ index: 0, item: textNode('ask') }],
    });
    expect(next.nodes).toEqual(graph.nodes);
    expect(applyGraphChange(next, inverse).graph.nodes).toEqual(graph.nodes);
  });

  it('keeps untouched nodes by identity', () => {
    const graph = createTestGraph();
    const { graph: next } = applyGraphChange(graph, { type: 'setNodeData', id: 'thanks', data: { body: 'x' } });
    expect(next.nodes[0]).toBe(graph.nodes[0]);
    expect(next.nodes[1]).not.toBe(graph.nodes[1]);
    expect(next.edges).toBe(graph.edges);
  });

  it('does nothing for a change naming a missing id', () => {
    const graph = createTestGraph();
    for (const change of [
      { type: 'setNodeData', id: 'nope', data: { body: '' } },
      { type: 'removeEdges', ids: ['nope'] },
      { type: 'moveNodes', moves: [{ id: 'nope', position: { x: 0, y: 0 } }] },
    ] satisfies GraphChange[]) {
      expect(applyGraphChange(graph, change).graph).toBe(graph);
    }
  });

  it('removes a position and puts it back', () => {
    const graph = createTestGraph();
    const { graph: next, inverse } = applyGraphChange(graph, {
      type: 'moveNodes',
      moves: [{ id: 'ask', position: undefined }],
    });
    expect('position' in (next.nodes[0] ?? {})).toBe(false);
    expect(applyGraphChange(next, inverse).graph).toStrictEqual(graph);
  });

  it('applies a batch in order and inverts it in reverse', () => {
    const graph = createTestGraph();
    const change: GraphChange = {
      type: 'batch',
      changes: [
        { type: 'insertNodes', entries: [{ index: 3, item: textNode('c') }] },
        {
          type: 'insertEdges',
          entries: [{ index: 2, item: { id: 'e3', source: 'thanks', sourceHandle: 'next', target: 'c' } }],
        },
        { type: 'setNodeData', id: 'c', data: { body: 'changed' } },
      ],
    };
    const { graph: next, inverse } = applyGraphChange(graph, change);
    expect(next.nodes[3]).toMatchObject({ id: 'c', data: { body: 'changed' } });
    expect(next.edges).toHaveLength(3);
    expect(applyGraphChange(next, inverse).graph).toStrictEqual(graph);
  });

  it('apply then invert is the identity, and re-applying the inverse of the inverse redoes (property)', () => {
    fc.assert(
      fc.property(
        arbitraryGraph().chain((graph) => fc.tuple(fc.constant(graph), arbitraryChanges(graph))),
        ([graph, changes]) => {
          let current = graph;
          for (const change of changes) {
            const applied = applyGraphChange(current, change);
            const undone = applyGraphChange(applied.graph, applied.inverse);
            expect(undone.graph).toStrictEqual(current);
            expect(applyGraphChange(undone.graph, undone.inverse).graph).toStrictEqual(applied.graph);
            current = applied.graph;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const position = fc.option(
  fc.record(
    { x: fc.integer({ min: -500, max: 500 }), y: fc.integer({ min: -500, max: 500 }) },
    { noNullPrototype: true },
  ),
  {
    nil: undefined,
  },
);

function arbitraryNode(id: string) {
  return fc
    .tuple(fc.string({ maxLength: 8 }), position, fc.option(fc.string({ maxLength: 5 }), { nil: undefined }))
    .map(([body, pos, label]): GraphNode => {
      const node: GraphNode = { id, type: 'text', data: { body } };
      if (pos) node.position = pos;
      if (label !== undefined) node.label = label;
      return node;
    });
}

function arbitraryGraph(): fc.Arbitrary<Graph> {
  return fc.uniqueArray(ids, { maxLength: 5 }).chain((nodeIds) =>
    fc
      .tuple(
        fc.tuple(...nodeIds.map(arbitraryNode)),
        fc.array(
          fc.tuple(
            fc.constantFrom(...(nodeIds.length ? nodeIds : ['a'])),
            fc.constantFrom(...(nodeIds.length ? nodeIds : ['a'])),
          ),
          { maxLength: 5 },
        ),
        fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
      )
      .map(([nodes, pairs, description]) => {
        const graph = createTestGraph({
          nodes,
          edges: nodeIds.length
            ? pairs.map(([source, target], i) => ({ id: `e${i}`, source, sourceHandle: 'next', target }))
            : [],
          triggers: [
            {
              id: 't1',
              type: 'inboundMessage',
              match: { kind: 'any' },
              newContactsOnly: false,
              nodeId: nodeIds[0] ?? null,
            },
          ],
        });
        if (description !== undefined) graph.description = description;
        return graph;
      }),
  );
}

function arbitraryChange(graph: Graph): fc.Arbitrary<GraphChange> {
  const nodeIds = graph.nodes.map((n) => n.id);
  const someNodeIds = fc.subarray([...nodeIds, 'missing']);
  const index = fc.integer({ min: -1, max: graph.nodes.length + 2 });
  const leaf: fc.Arbitrary<GraphChange>[] = [
    fc
      .array(fc.tuple(index, fc.constantFrom('n1', 'n2', 'a')), { maxLength: 3 })
      .chain((entries) =>
        fc
          .tuple(...entries.map(([i, id]) => arbitraryNode(id).map((item) => ({ index: i, item }))))
          .map((list): GraphChange => ({ type: 'insertNodes', entries: list })),
      ),
    someNodeIds.map((list): GraphChange => ({ type: 'removeNodes', ids: list })),
    fc
      .tuple(fc.constantFrom(...nodeIds, 'missing'), fc.string({ maxLength: 4 }))
      .map(([id, body]): GraphChange => ({ type: 'setNodeData', id, data: { body } })),
    fc
      .tuple(fc.constantFrom(...nodeIds, 'missing'), fc.option(fc.string({ maxLength: 4 }), { nil: undefined }))
      .map(([id, label]): GraphChange => ({ type: 'setNodeLabel', id, label })),
    fc
      .array(fc.tuple(fc.constantFrom(...nodeIds, 'missing'), position), { maxLength: 3 })
      .map((moves): GraphChange => ({ type: 'moveNodes', moves: moves.map(([id, p]) => ({ id, position: p })) })),
    fc
      .subarray([...graph.edges.map((e) => e.id), 'missing'])
      .map((list): GraphChange => ({ type: 'removeEdges', ids: list })),
    fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom('x1', 'e0')).map(
      ([i, id]): GraphChange => ({
        type: 'insertEdges',
        entries: [{ index: i, item: { id, source: 'a', sourceHandle: 'next', target: 'b' } }],
      }),
    ),
    fc.constantFrom<GraphChange>(
      { type: 'removeTriggers', ids: ['t1'] },
      { type: 'setTrigger', trigger: { id: 't1', type: 'api', nodeId: null } },
      { type: 'insertTriggers', entries: [{ index: 0, item: { id: 't2', type: 'api', nodeId: null } }] },
      { type: 'setVariables', variables: [] },
      { type: 'setFlowInfo', name: 'Renamed', description: undefined },
      { type: 'setFlowInfo', name: 'Renamed', description: 'why' },
      { type: 'replaceGraph', graph: createTestGraph() },
    ),
  ];
  return fc.oneof(
    ...leaf,
    fc.array(fc.oneof(...leaf), { maxLength: 3 }).map((changes): GraphChange => ({ type: 'batch', changes })),
  );
}

function arbitraryChanges(graph: Graph): fc.Arbitrary<GraphChange[]> {
  return fc.array(arbitraryChange(graph), { minLength: 1, maxLength: 6 });
}
