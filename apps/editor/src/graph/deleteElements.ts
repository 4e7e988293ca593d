import type { Graph } from '@salesbot/graph';
import type { GraphChange } from './graphChange.ts';

export interface ElementIds {
  nodeIds?: readonly string[];
  edgeIds?: readonly string[];
  triggerIds?: readonly string[];
}

/**
 * The change that deletes nodes, edges and triggers as one undoable edit: edges touching a deleted node go too,
 * and triggers that started at a deleted node are left unconnected.
 */
export function deleteElements(graph: Graph, ids: ElementIds): GraphChange {
  const nodeIds = new Set(ids.nodeIds ?? []);
  const triggerIds = new Set(ids.triggerIds ?? []);
  const edgeIds = new Set(ids.edgeIds ?? []);
  for (const edge of graph.edges) {
    if (nodeIds.has(edge.source) || nodeIds.has(edge.target)) edgeIds.add(edge.id);
  }
  const changes: GraphChange[] = [];
  const removedEdges = graph.edges.filter((edge) => edgeIds.has(edge.id)).map((edge) => edge.id);
  if (removedEdges.length > 0) changes.push({ type: 'removeEdges', ids: removedEdges });
  for (const trigger of graph.triggers) {
    if (!triggerIds.has(trigger.id) && trigger.nodeId !== null && nodeIds.has(trigger.nodeId)) {
      changes.push({ type: 'setTrigger', trigger: { ...trigger, nodeId: null } });
    }
  }
  const removedTriggers = graph.triggers.filter((trigger) => triggerIds.has(trigger.id)).map((t) => t.id);
  if (removedTriggers.length > 0) changes.push({ type: 'removeTriggers', ids: removedTriggers });
  const removedNodes = graph.nodes.filter((node) => nodeIds.has(node.id)).map((node) => node.id);
  if (removedNodes.length > 0) changes.push({ type: 'removeNodes', ids: removedNodes });
  return { type: 'batch', changes };
}
