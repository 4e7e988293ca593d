import type { Graph, GraphEdge, GraphNode } from '@salesbot/graph';
import { deepEqual } from './deepEqual.ts';

export interface NodeEdit {
  id: string;
  /** The step as it is in `to`. */
  node: GraphNode;
  /** Top-level fields that differ: `label` or data fields such as `body`, `buttons`. */
  fields: string[];
}

export interface GraphDiff {
  addedNodes: GraphNode[];
  removedNodes: GraphNode[];
  editedNodes: NodeEdit[];
  /** Steps whose only change is where they sit on the canvas. */
  movedNodeIds: string[];
  /** Edges compared by what they connect (source, handle, target), not by id. */
  addedEdges: GraphEdge[];
  removedEdges: GraphEdge[];
  triggersChanged: boolean;
  variablesChanged: boolean;
  nameChanged: boolean;
}

/** What changed from `from` (e.g. a published version) to `to` (e.g. the draft). */
export function diffGraphs(from: Graph, to: Graph): GraphDiff {
  const before = new Map(from.nodes.map((node) => [node.id, node]));
  const after = new Map(to.nodes.map((node) => [node.id, node]));
  const editedNodes: NodeEdit[] = [];
  const movedNodeIds: string[] = [];
  for (const node of to.nodes) {
    const old = before.get(node.id);
    if (!old) continue;
    const fields = changedFields(old, node);
    if (fields.length > 0) editedNodes.push({ id: node.id, node, fields });
    else if (!deepEqual(old.position, node.position)) movedNodeIds.push(node.id);
  }
  const edgeKey = (edge: GraphEdge) => `${edge.source}\u0000${edge.sourceHandle}\u0000${edge.target}`;
  const edgesBefore = new Set(from.edges.map(edgeKey));
  const edgesAfter = new Set(to.edges.map(edgeKey));
  return {
    addedNodes: to.nodes.filter((node) => !before.has(node.id)),
    removedNodes: from.nodes.filter((node) => !after.has(node.id)),
    editedNodes,
    movedNodeIds,
    addedEdges: to.edges.filter((edge) => !edgesBefore.has(edgeKey(edge))),
    removedEdges: from.edges.filter((edge) => !edgesAfter.has(edgeKey(edge))),
    triggersChanged: !deepEqual(from.triggers, to.triggers),
    variablesChanged: !deepEqual(from.variables, to.variables),
    nameChanged: from.name !== to.name,
  };
}

/** True when the diff found nothing but moved steps. */
export function isEmptyDiff(diff: GraphDiff): boolean {
  return (
    diff.addedNodes.length + diff.removedNodes.length + diff.editedNodes.length === 0 &&
    diff.addedEdges.length + diff.removedEdges.length === 0 &&
    !diff.triggersChanged &&
    !diff.variablesChanged &&
    !diff.nameChanged
  );
}

function changedFields(old: GraphNode, node: GraphNode): string[] {
  const fields: string[] = [];
  if (old.type !== node.type) fields.push('type');
  if (old.label !== node.label) fields.push('label');
  const a = old.data as Record<string, unknown>;
  const b = node.data as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!deepEqual(a[key], b[key])) fields.push(key);
  }
  return fields;
}
