import type { Graph } from '@salesbot/graph';
import { type GraphChange, type Indexed, noChange } from './graphChange.ts';

export interface AppliedChange {
  graph: Graph;
  /** Applied to `graph`, gives back the graph that was passed in. */
  inverse: GraphChange;
}

/**
 * The one reducer of graph edits: pure, total (a change naming a missing id does nothing) and structure-sharing
 * (untouched nodes, edges and triggers keep their identity, so memoised views of them do not re-render).
 */
export function applyGraphChange(graph: Graph, change: GraphChange): AppliedChange {
  switch (change.type) {
    case 'insertNodes': {
      const { items, inverseIds } = insertAll(graph.nodes, change.entries);
      return { graph: { ...graph, nodes: items }, inverse: { type: 'removeNodes', ids: inverseIds } };
    }
    case 'removeNodes': {
      const { items, removed } = removeAll(graph.nodes, change.ids);
      if (removed.length === 0) return unchanged(graph);
      return { graph: { ...graph, nodes: items }, inverse: { type: 'insertNodes', entries: removed } };
    }
    case 'setNodeData': {
      const index = graph.nodes.findIndex((node) => node.id === change.id);
      const node = graph.nodes[index];
      if (!node) return unchanged(graph);
      const nodes = graph.nodes.slice();
      nodes[index] = { ...node, data: change.data } as typeof node;
      return { graph: { ...graph, nodes }, inverse: { type: 'setNodeData', id: change.id, data: node.data } };
    }
    case 'setNodeLabel': {
      const index = graph.nodes.findIndex((node) => node.id === change.id);
      const node = graph.nodes[index];
      if (!node) return unchanged(graph);
      const nodes = graph.nodes.slice();
      const { label: _old, ...rest } = node;
      nodes[index] = (change.label === undefined ? rest : { ...rest, label: change.label }) as typeof node;
      return { graph: { ...graph, nodes }, inverse: { type: 'setNodeLabel', id: change.id, label: node.label } };
    }
    case 'moveNodes': {
      const moves = new Map(change.moves.map((move) => [move.id, move.position]));
      const undo: { id: string; position: (typeof change.moves)[number]['position'] }[] = [];
      const nodes = graph.nodes.map((node) => {
        if (!moves.has(node.id)) return node;
        const position = moves.get(node.id);
        undo.push({ id: node.id, position: node.position });
        const { position: _old, ...rest } = node;
        return (position === undefined ? rest : { ...rest, position: { x: position.x, y: position.y } }) as typeof node;
      });
      if (undo.length === 0) return unchanged(graph);
      return { graph: { ...graph, nodes }, inverse: { type: 'moveNodes', moves: undo } };
    }
    case 'insertEdges': {
      const { items, inverseIds } = insertAll(graph.edges, change.entries);
      return { graph: { ...graph, edges: items }, inverse: { type: 'removeEdges', ids: inverseIds } };
    }
    case 'removeEdges': {
      const { items, removed } = removeAll(graph.edges, change.ids);
      if (removed.length === 0) return unchanged(graph);
      return { graph: { ...graph, edges: items }, inverse: { type: 'insertEdges', entries: removed } };
    }
    case 'insertTriggers': {
      const { items, inverseIds } = insertAll(graph.triggers, change.entries);
      return { graph: { ...graph, triggers: items }, inverse: { type: 'removeTriggers', ids: inverseIds } };
    }
    case 'removeTriggers': {
      const { items, removed } = removeAll(graph.triggers, change.ids);
      if (removed.length === 0) return unchanged(graph);
      return { graph: { ...graph, triggers: items }, inverse: { type: 'insertTriggers', entries: removed } };
    }
    case 'setTrigger': {
      const index = graph.triggers.findIndex((trigger) => trigger.id === change.trigger.id);
      const old = graph.triggers[index];
      if (!old) return unchanged(graph);
      const triggers = graph.triggers.slice();
      triggers[index] = change.trigger;
      return { graph: { ...graph, triggers }, inverse: { type: 'setTrigger', trigger: old } };
    }
    case 'setVariables':
      return {
        graph: { ...graph, variables: change.variables },
        inverse: { type: 'setVariables', variables: graph.variables },
      };
    case 'setFlowInfo': {
      const { description: _old, ...rest } = graph;
      const next = change.description === undefined ? rest : { ...rest, description: change.description };
      return {
        graph: { ...next, name: change.name },
        inverse: { type: 'setFlowInfo', name: graph.name, description: graph.description },
      };
    }
    case 'replaceGraph':
      return { graph: change.graph, inverse: { type: 'replaceGraph', graph } };
    case 'batch': {
      let current = graph;
      const inverses: GraphChange[] = [];
      for (const part of change.changes) {
        const applied = applyGraphChange(current, part);
        current = applied.graph;
        inverses.unshift(applied.inverse);
      }
      return { graph: current, inverse: { type: 'batch', changes: inverses } };
    }
  }
}

function unchanged(graph: Graph): AppliedChange {
  return { graph, inverse: noChange };
}

/**
 * Inserts entries in ascending index order (each index is where the item ends up, clamped to the array). An item
 * whose id is already taken is skipped, so that the inverse (remove by id) never removes an older item.
 */
function insertAll<T extends { id: string }>(list: T[], entries: Indexed<T>[]) {
  const items = list.slice();
  const taken = new Set(list.map((item) => item.id));
  const inverseIds: string[] = [];
  for (const entry of entries.slice().sort((a, b) => a.index - b.index)) {
    if (taken.has(entry.item.id)) continue;
    taken.add(entry.item.id);
    items.splice(Math.min(Math.max(entry.index, 0), items.length), 0, entry.item);
    inverseIds.push(entry.item.id);
  }
  return { items, inverseIds };
}

/** Removes the items with these ids; `removed` holds them with their original indices, ascending. */
function removeAll<T extends { id: string }>(list: T[], ids: string[]) {
  const wanted = new Set(ids);
  const items: T[] = [];
  const removed: Indexed<T>[] = [];
  list.forEach((item, index) => {
    if (wanted.has(item.id)) removed.push({ index, item });
    else items.push(item);
  });
  return { items, removed };
}
