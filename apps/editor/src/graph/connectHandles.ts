import { type Graph, getNodeOutputs } from '@salesbot/graph';
import type { GraphChange } from './graphChange.ts';
import { newId } from './newId.ts';

/** Where a connection starts on the canvas: a step's output, or a trigger's start handle. */
export type ConnectionSource =
  | { kind: 'node'; nodeId: string; handle: string }
  | { kind: 'trigger'; triggerId: string };

/**
 * The change that wires a source to a step. An output leads to one place, so an edge already leaving the same
 * handle is replaced; a trigger's start is its `nodeId`. Returns null when the connection is not possible.
 */
export function connectHandles(graph: Graph, source: ConnectionSource, targetNodeId: string): GraphChange | null {
  if (!graph.nodes.some((node) => node.id === targetNodeId)) return null;
  if (source.kind === 'trigger') {
    const trigger = graph.triggers.find((t) => t.id === source.triggerId);
    if (!trigger || trigger.nodeId === targetNodeId) return null;
    return { type: 'setTrigger', trigger: { ...trigger, nodeId: targetNodeId } };
  }
  const node = graph.nodes.find((n) => n.id === source.nodeId);
  if (!node || !getNodeOutputs(node).some((output) => output.id === source.handle)) return null;
  const existing = graph.edges.filter((edge) => edge.source === source.nodeId && edge.sourceHandle === source.handle);
  if (existing.length === 1 && existing[0]?.target === targetNodeId) return null;
  const id = newId('e', new Set(graph.edges.map((edge) => edge.id)));
  const edge = { id, source: source.nodeId, sourceHandle: source.handle, target: targetNodeId };
  return {
    type: 'batch',
    changes: [
      ...(existing.length > 0 ? [{ type: 'removeEdges' as const, ids: existing.map((e) => e.id) }] : []),
      { type: 'insertEdges', entries: [{ index: graph.edges.length - existing.length, item: edge }] },
    ],
  };
}
