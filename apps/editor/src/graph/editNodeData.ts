import { type Graph, type GraphNode, getNodeOutputs } from '@salesbot/graph';
import type { GraphChange } from './graphChange.ts';

/**
 * The change that replaces a step's data. Edges leaving an output the new data no longer has (a removed button,
 * row or branch) are removed in the same edit, so undo brings both back.
 */
export function editNodeData(graph: Graph, nodeId: string, data: GraphNode['data']): GraphChange | null {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) return null;
  const outputs = new Set(getNodeOutputs({ ...node, data } as GraphNode).map((output) => output.id));
  const orphans = graph.edges.filter((edge) => edge.source === nodeId && !outputs.has(edge.sourceHandle));
  const setData: GraphChange = { type: 'setNodeData', id: nodeId, data };
  if (orphans.length === 0) return setData;
  return { type: 'batch', changes: [setData, { type: 'removeEdges', ids: orphans.map((edge) => edge.id) }] };
}
