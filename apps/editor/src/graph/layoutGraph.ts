import * as dagre from '@dagrejs/dagre';
import type { Graph } from '@salesbot/graph';
import type { XY } from './graphChange.ts';

export interface Size {
  width: number;
  height: number;
}

export interface Layout {
  nodes: Map<string, XY>;
  triggers: Map<string, XY>;
}

const FALLBACK: Size = { width: 280, height: 160 };

/**
 * Left-to-right layered layout of the steps and the triggers' start cards (dagre). `sizeOf` gives each card's
 * measured size (keys: node ids, and `trigger:<id>` for triggers). Returns top-left positions.
 */
export function layoutGraph(graph: Graph, sizeOf: (key: string) => Size | undefined): Layout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 36, ranksep: 110, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, Size>();
  const add = (key: string) => {
    const size = sizeOf(key) ?? FALLBACK;
    sizes.set(key, size);
    g.setNode(key, { width: size.width, height: size.height });
  };
  for (const trigger of graph.triggers) add(`trigger:${trigger.id}`);
  for (const node of graph.nodes) add(node.id);
  for (const trigger of graph.triggers) {
    if (trigger.nodeId && sizes.has(trigger.nodeId)) g.setEdge(`trigger:${trigger.id}`, trigger.nodeId, {}, trigger.id);
  }
  for (const edge of graph.edges) {
    if (sizes.has(edge.source) && sizes.has(edge.target)) g.setEdge(edge.source, edge.target, {}, edge.id);
  }
  dagre.layout(g);
  const layout: Layout = { nodes: new Map(), triggers: new Map() };
  for (const [key, size] of sizes) {
    const { x, y } = g.node(key);
    const topLeft = { x: Math.round(x - size.width / 2), y: Math.round(y - size.height / 2) };
    if (key.startsWith('trigger:')) layout.triggers.set(key.slice('trigger:'.length), topLeft);
    else layout.nodes.set(key, topLeft);
  }
  return layout;
}
