import { describe, expect, it } from 'vitest';
import { createTestGraph } from './createTestGraph.ts';
import { layoutGraph } from './layoutGraph.ts';

describe('layoutGraph', () => {
  it('lays steps out left to right in the order of the edges, triggers first', () => {
    const graph = createTestGraph();
    const layout = layoutGraph(graph, () => ({ width: 280, height: 120 }));
    const x = (id: string) => layout.nodes.get(id)?.x ?? Number.NaN;
    const trigger = layout.triggers.get('t1');
    expect(trigger && trigger.x < x('ask')).toBe(true);
    expect(x('ask')).toBeLessThan(x('thanks'));
    expect(x('thanks')).toBe(x('bye'));
    expect(layout.nodes.get('thanks')?.y).not.toBe(layout.nodes.get('bye')?.y);
  });
});
