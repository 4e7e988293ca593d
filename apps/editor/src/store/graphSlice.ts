import type { Graph, GraphNode } from '@salesbot/graph';
import type { StateCreator } from 'zustand';
import { applyGraphChange } from '../graph/applyGraphChange.ts';
import { deepEqual } from '../graph/deepEqual.ts';
import type { GraphChange } from '../graph/graphChange.ts';
import type { EditorState } from './editorState.ts';
import { recordHistory } from './historySlice.ts';

export interface DispatchOptions {
  /** Consecutive edits with the same key within a second become one undo step. */
  mergeKey?: string;
}

export interface GraphSlice {
  graph: Graph;
  /** The graph's nodes by id, rebuilt with the graph (node objects keep their identity when untouched). */
  nodesById: ReadonlyMap<string, GraphNode>;
  /** Per node id, its connected output handle ids joined by spaces (a string, so cards compare it cheaply). */
  connectedOutputs: ReadonlyMap<string, string>;
  /** Bumps on every edit, moves included (autosave watches it). */
  revision: number;
  /** Bumps on every edit that is not only a move (validation watches it: the validator never reads positions). */
  contentRevision: number;
  /** A published version opened for reading: no edits. */
  readOnly: boolean;
  /** Applies one graph edit through the reducer and records it for undo. A null change does nothing. */
  dispatch(change: GraphChange | null, options?: DispatchOptions): void;
  /** Starts editing another graph: history and selection are cleared. */
  loadGraph(graph: Graph, options?: { readOnly?: boolean }): void;
}

export const createGraphSlice =
  (initial: Graph): StateCreator<EditorState, [], [], GraphSlice> =>
  (set, get) => ({
    graph: initial,
    nodesById: indexNodes(initial),
    connectedOutputs: indexConnections(initial),
    revision: 0,
    contentRevision: 0,
    readOnly: false,
    dispatch(change, options = {}) {
      const state = get();
      if (!change || state.readOnly) return;
      const { graph, inverse } = applyGraphChange(state.graph, change);
      if (graph === state.graph) return;
      set({
        ...graphUpdate(state, graph, !isMoveOnly(change, state.graph)),
        past: recordHistory(state.past, change, inverse, Date.now(), options.mergeKey),
        future: [],
      });
    },
    loadGraph(graph, options = {}) {
      const state = get();
      set({
        ...graphUpdate(state, graph, true),
        readOnly: options.readOnly ?? false,
        past: [],
        future: [],
        selectedNodeIds: [],
        selectedEdgeIds: [],
        selectedTriggerIds: [],
        focus: null,
      });
    },
  });

/** The state fields to set when the graph becomes `graph`; selection is pruned of what no longer exists. */
export function graphUpdate(state: EditorState, graph: Graph, contentChanged: boolean): Partial<EditorState> {
  const nodesById = graph.nodes === state.graph.nodes ? state.nodesById : indexNodes(graph);
  const update: Partial<EditorState> = {
    graph,
    nodesById,
    connectedOutputs: graph.edges === state.graph.edges ? state.connectedOutputs : indexConnections(graph),
    revision: state.revision + 1,
    contentRevision: contentChanged ? state.contentRevision + 1 : state.contentRevision,
  };
  if (state.selectedNodeIds.some((id) => !nodesById.has(id))) {
    update.selectedNodeIds = state.selectedNodeIds.filter((id) => nodesById.has(id));
  }
  if (graph.edges !== state.graph.edges && state.selectedEdgeIds.length > 0) {
    const edgeIds = new Set(graph.edges.map((edge) => edge.id));
    update.selectedEdgeIds = state.selectedEdgeIds.filter((id) => edgeIds.has(id));
  }
  if (graph.triggers !== state.graph.triggers && state.selectedTriggerIds.length > 0) {
    const triggerIds = new Set(graph.triggers.map((trigger) => trigger.id));
    update.selectedTriggerIds = state.selectedTriggerIds.filter((id) => triggerIds.has(id));
  }
  return update;
}

function indexNodes(graph: Graph): Map<string, GraphNode> {
  return new Map(graph.nodes.map((node) => [node.id, node]));
}

function indexConnections(graph: Graph): Map<string, string> {
  const handles = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const list = handles.get(edge.source) ?? [];
    list.push(edge.sourceHandle);
    handles.set(edge.source, list);
  }
  return new Map([...handles].map(([id, list]) => [id, list.sort().join(' ')]));
}

/** Whether `change` only moves steps or trigger cards on `graph`'s canvas (not a content change: nothing to validate). */
function isMoveOnly(change: GraphChange, graph: Graph): boolean {
  switch (change.type) {
    case 'moveNodes':
      return true;
    case 'setTrigger': {
      const old = graph.triggers.find((trigger) => trigger.id === change.trigger.id);
      return (
        old !== undefined && deepEqual({ ...old, position: undefined }, { ...change.trigger, position: undefined })
      );
    }
    case 'batch':
      return change.changes.length > 0 && change.changes.every((part) => isMoveOnly(part, graph));
    default:
      return false;
  }
}
