import type { Graph, GraphEdge, GraphNode, Trigger, Variable } from '@salesbot/graph';

export interface XY {
  x: number;
  y: number;
}

/** An item and the index it takes in its array once inserted. Entries are applied in ascending index order. */
export interface Indexed<T> {
  index: number;
  item: T;
}

/**
 * One edit of a graph, as plain data. Every edit the editor makes is one of these (or a batch of them), applied by
 * `applyGraphChange`, which also returns the change that undoes it.
 */
export type GraphChange =
  | { type: 'insertNodes'; entries: Indexed<GraphNode>[] }
  | { type: 'removeNodes'; ids: string[] }
  | { type: 'setNodeData'; id: string; data: GraphNode['data'] }
  | { type: 'setNodeLabel'; id: string; label: string | undefined }
  /** `position: undefined` removes the node's position. */
  | { type: 'moveNodes'; moves: { id: string; position: XY | undefined }[] }
  | { type: 'insertEdges'; entries: Indexed<GraphEdge>[] }
  | { type: 'removeEdges'; ids: string[] }
  | { type: 'insertTriggers'; entries: Indexed<Trigger>[] }
  | { type: 'removeTriggers'; ids: string[] }
  /** Replaces the trigger with the same id. */
  | { type: 'setTrigger'; trigger: Trigger }
  | { type: 'setVariables'; variables: Variable[] }
  | { type: 'setFlowInfo'; name: string; description: string | undefined }
  | { type: 'replaceGraph'; graph: Graph }
  | { type: 'batch'; changes: GraphChange[] };

export type GraphChangeType = GraphChange['type'];

/** A change that does nothing. */
export const noChange: GraphChange = { type: 'batch', changes: [] };
