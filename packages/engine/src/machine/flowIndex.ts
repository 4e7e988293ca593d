import type { Graph, GraphEdge, GraphNode, NodeOf, NodeType } from '@salesbot/graph';
import { loopGuardedNodes } from './loopGuardedNodes.ts';

/** Lookups a compiled flow's actions and guards need: nodes and edges by id, variable defaults. */
export interface FlowIndex {
  graph: Graph;
  nodes: Map<string, GraphNode>;
  /** Source node id → handle → the edge (the first one, if a handle has several). */
  edges: Map<string, Map<string, GraphEdge>>;
  defaults: Record<string, string>;
  /** The steps that need the loop guard (see `loopGuardedNodes`). */
  loopGuarded: Set<string>;
}

export function createFlowIndex(graph: Graph): FlowIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  // Nested maps: the compiler looks up every output of every step, and a composite string key would be built
  // (and hashed) for each lookup.
  const edges = new Map<string, Map<string, GraphEdge>>();
  for (const edge of graph.edges) {
    let byHandle = edges.get(edge.source);
    if (!byHandle) {
      byHandle = new Map();
      edges.set(edge.source, byHandle);
    }
    if (!byHandle.has(edge.sourceHandle)) byHandle.set(edge.sourceHandle, edge);
  }
  const defaults: Record<string, string> = {};
  for (const variable of graph.variables) {
    if (variable.defaultValue !== undefined) defaults[variable.name] = variable.defaultValue;
  }
  return { graph, nodes, edges, defaults, loopGuarded: loopGuardedNodes(graph) };
}

/** The edge leaving `nodeId` from `handle`, if connected to an existing node. */
export function findEdge(index: FlowIndex, nodeId: string, handle: string): GraphEdge | undefined {
  const edge = index.edges.get(nodeId)?.get(handle);
  return edge && index.nodes.has(edge.target) ? edge : undefined;
}

/** The node with this id and type; throws on a config that does not match its graph (a compiler bug). */
export function nodeOfType<T extends NodeType>(index: FlowIndex, nodeId: string, type: T): NodeOf<T> {
  const node = index.nodes.get(nodeId);
  if (!node || node.type !== type) throw new Error(`engine: node ${nodeId} is not a ${type} step`);
  return node as NodeOf<T>;
}

/** Any node by id; throws when missing (a compiler bug). */
export function nodeById(index: FlowIndex, nodeId: string): GraphNode {
  const node = index.nodes.get(nodeId);
  if (!node) throw new Error(`engine: unknown node ${nodeId}`);
  return node;
}
