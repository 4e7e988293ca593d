import { describe, expect, it } from 'vitest';
import { applyGraphChange } from './applyGraphChange.ts';
import { connectHandles } from './connectHandles.ts';
import { createTestGraph } from './createTestGraph.ts';
import { editNodeData } from './editNodeData.ts';

describe('connectHandles', () => {
  it('replaces the edge already leaving the same output', () => {
    const graph = createTestGraph();
    const change = connectHandles(graph, { kind: 'node', nodeId: 'ask', handle: 'yes' }, 'bye');
    const next = applyGraphChange(graph, change!).graph;
    expect(next.edges.filter((e) => e.sourceHandle === 'yes').map((e) => e.target)).toEqual(['bye']);
    expect(next.edges).toHaveLength(2);
  });

  it("sets a trigger's first step", () => {
    const graph = createTestGraph();
    const next = applyGraphChange(graph, connectHandles(graph, { kind: 'trigger', triggerId: 't1' }, 'thanks')!).graph;
    expect(next.triggers[0]?.nodeId).toBe('thanks');
  });

  it('refuses outputs a step does not have and missing targets', () => {
    const graph = createTestGraph();
    expect(connectHandles(graph, { kind: 'node', nodeId: 'ask', handle: 'maybe' }, 'bye')).toBeNull();
    expect(connectHandles(graph, { kind: 'node', nodeId: 'ask', handle: 'yes' }, 'ghost')).toBeNull();
  });
});

describe('editNodeData', () => {
  it('removes the edges of a removed button in the same edit, and undo restores both', () => {
    const graph = createTestGraph();
    const change = editNodeData(graph, 'ask', { body: 'Demo?', buttons: [{ id: 'yes', title: 'Yes' }], maxRetries: 2 });
    const applied = applyGraphChange(graph, change!);
    expect(applied.graph.edges.map((e) => e.id)).toEqual(['e1']);
    expect(applyGraphChange(applied.graph, applied.inverse).graph).toStrictEqual(graph);
  });
});
