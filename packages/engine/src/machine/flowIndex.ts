import type { Graph, GraphEdge, GraphNode, NodeOf, NodeType } from '@salesbot/graph';
import { loopGuardedNodes } from './loopGuardedNodes.ts';

/** Lookups a compiled flow's actions and guards need: nodes and edges by id, variable defaults. */
export interface FlowIndex {
  graph: Graph;
  nodes: Map<string, GraphNode>;
  /** `${source}\u0000${sourceHandle}` → the edge (the first one, if a handle has several). */
  edges: Map<string, GraphEdge>;
  defaults: Record<string, string>;
  /** The steps that need the loop guard (see `loopGuardedNodes`). */
  loopGuarded: Set<string>;
}

export function createFlowIndex(graph: Graph): FlowIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const edges = new Map<string, GraphEdge>();
  for (const edge of graph.edges) {
    const key = edgeKey(edge.source, edge.sourceHandle);
    if (!edges.has(key)) edges.set(key, edge);
  }
  const defaults: Record<string, string> = {};
  for (const variable of graph.variables) {
    if (variable.defaultValue !== undefined) defaults[variable.name] = variable.defaultValue;
  }
  return { graph, nodes, edges, defaults, loopGuarded: loopGuardedNodes(graph) };
}

export function edgeKey(source: string, handle: string): string {
  return `${source}\u0000${handle}`;
}

/** The edge leaving `nodeId` from `handle`, if connected to an existing node. */
export function findEdge(index: FlowIndex, nodeId: string, handle: string): GraphEdge | undefined {
  const edge = index.edges.get(edgeKey(nodeId, handle));
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
