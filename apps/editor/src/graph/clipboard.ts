import type { Graph, GraphEdge, GraphNode } from '@salesbot/graph';
import type { GraphChange, XY } from './graphChange.ts';
import { newId } from './newId.ts';

/** What Ctrl+C puts on the clipboard: the chosen steps and the edges between them. */
export interface ClipboardContent {
  kind: 'salesbot/steps';
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** The copied steps (with the edges that stay inside the selection), or null when nothing is selected. */
export function copySteps(graph: Graph, nodeIds: readonly string[]): ClipboardContent | null {
  const ids = new Set(nodeIds);
  const nodes = graph.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return null;
  const edges = graph.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target));
  return { kind: 'salesbot/steps', nodes: structuredClone(nodes), edges: structuredClone(edges) };
}

/** Reads clipboard text written by `copySteps`; null for anything else. */
export function parseClipboard(text: string): ClipboardContent | null {
  try {
    const value = JSON.parse(text) as Partial<ClipboardContent>;
    if (value?.kind !== 'salesbot/steps' || !Array.isArray(value.nodes) || !Array.isArray(value.edges)) return null;
    return value as ClipboardContent;
  } catch {
    return null;
  }
}

/**
 * The change that pastes copied steps with new node and edge ids, the group's top-left corner at `at` (or shifted
 * by 40 px from where it was copied). Returns the new node ids to select them.
 */
export function pasteSteps(
  graph: Graph,
  content: ClipboardContent,
  at?: XY,
): { change: GraphChange; nodeIds: string[] } {
  const takenNodes = new Set(graph.nodes.map((node) => node.id));
  const takenEdges = new Set(graph.edges.map((edge) => edge.id));
  const origin = topLeft(content.nodes);
  const shift = at ? { x: at.x - origin.x, y: at.y - origin.y } : { x: 40, y: 40 };
  const idMap = new Map<string, string>();
  const nodes = content.nodes.map((node) => {
    const id = newId(node.type, takenNodes);
    takenNodes.add(id);
    idMap.set(node.id, id);
    const position = node.position ?? origin;
    return { ...structuredClone(node), id, position: { x: position.x + shift.x, y: position.y + shift.y } };
  });
  const edges = content.edges.flatMap((edge) => {
    const source = idMap.get(edge.source);
    const target = idMap.get(edge.target);
    if (!source || !target) return [];
    const id = newId('e', takenEdges);
    takenEdges.add(id);
    return [{ ...edge, id, source, target }];
  });
  const change: GraphChange = {
    type: 'batch',
    changes: [
      { type: 'insertNodes', entries: nodes.map((item, i) => ({ index: graph.nodes.length + i, item })) },
      { type: 'insertEdges', entries: edges.map((item, i) => ({ index: graph.edges.length + i, item })) },
    ],
  };
  return { change, nodeIds: nodes.map((node) => node.id) };
}

function topLeft(nodes: GraphNode[]): XY {
  const placed = nodes.flatMap((node) => (node.position ? [node.position] : []));
  if (placed.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...placed.map((p) => p.x)), y: Math.min(...placed.map((p) => p.y)) };
}
