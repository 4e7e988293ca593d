import { describe, expect, it } from 'vitest';
import { applyGraphChange } from './applyGraphChange.ts';
import { copySteps, parseClipboard, pasteSteps } from './clipboard.ts';
import { createTestGraph } from './createTestGraph.ts';

describe('copy and paste', () => {
  it('copies the steps and only the edges between them', () => {
    const content = copySteps(createTestGraph(), ['ask', 'thanks']);
    expect(content?.nodes.map((n) => n.id)).toEqual(['ask', 'thanks']);
    expect(content?.edges.map((e) => e.id)).toEqual(['e1']);
  });

  it('pastes with new node and edge ids, edges rewired to the copies, shifted', () => {
    const graph = createTestGraph();
    const content = parseClipboard(JSON.stringify(copySteps(graph, ['ask', 'thanks'])));
    expect(content).not.toBeNull();
    const { change, nodeIds } = pasteSteps(graph, content!);
    const next = applyGraphChange(graph, change).graph;
    expect(next.nodes).toHaveLength(5);
    const [askCopy, thanksCopy] = nodeIds.map((id) => next.nodes.find((n) => n.id === id));
    expect(nodeIds.every((id) => !graph.nodes.some((n) => n.id === id))).toBe(true);
    expect(askCopy).toMatchObject({ type: 'buttons', position: { x: 40, y: 40 }, data: graph.nodes[0]?.data });
    expect(thanksCopy?.position).toEqual({ x: 440, y: 40 });
    const pastedEdge = next.edges.at(-1);
    expect(pastedEdge).toMatchObject({ source: askCopy?.id, sourceHandle: 'yes', target: thanksCopy?.id });
    expect(graph.edges.some((e) => e.id === pastedEdge?.id)).toBe(false);
  });

  it('places the pasted group at a point when given one', () => {
    const graph = createTestGraph();
    const { change, nodeIds } = pasteSteps(graph, copySteps(graph, ['thanks', 'bye'])!, { x: 1000, y: 500 });
    const next = applyGraphChange(graph, change).graph;
    expect(nodeIds.map((id) => next.nodes.find((n) => n.id === id)?.position)).toEqual([
      { x: 1000, y: 500 },
      { x: 1000, y: 700 },
    ]);
  });

  it('ignores clipboard text that is not steps', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"kind":"other"}')).toBeNull();
  });
});
