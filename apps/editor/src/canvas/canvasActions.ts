import type { NodeType } from '@salesbot/graph';
import { type ClipboardContent, copySteps, pasteSteps } from '../graph/clipboard.ts';
import { type ConnectionSource, connectHandles } from '../graph/connectHandles.ts';
import { createNode } from '../graph/createNode.ts';
import { deleteElements } from '../graph/deleteElements.ts';
import type { GraphChange, XY } from '../graph/graphChange.ts';
import { layoutGraph } from '../graph/layoutGraph.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import { triggerPositionChanges } from './handleCanvasChanges.ts';

/** Adds a step of `type` with its top-left corner at `position`, connected from `connectFrom`, and selects it. */
export function addStep(store: EditorStore, type: NodeType, position: XY, connectFrom?: ConnectionSource): string {
  const state = store.getState();
  const node = createNode(type, position, new Set(state.nodesById.keys()));
  const insert: GraphChange = { type: 'insertNodes', entries: [{ index: state.graph.nodes.length, item: node }] };
  let change: GraphChange = insert;
  if (connectFrom) {
    const graphWithNode = { ...state.graph, nodes: [...state.graph.nodes, node] };
    const connect = connectHandles(graphWithNode, connectFrom, node.id);
    if (connect) change = { type: 'batch', changes: [insert, connect] };
  }
  state.dispatch(change);
  store.getState().select({ nodeIds: [node.id] });
  store.getState().setView({ inspectorOpen: true, dockTab: 'inspector' });
  return node.id;
}

/** Deletes the selected steps, edges and triggers as one undoable edit. */
export function deleteSelection(store: EditorStore) {
  const state = store.getState();
  const { selectedNodeIds, selectedEdgeIds, selectedTriggerIds } = state;
  if (selectedNodeIds.length + selectedEdgeIds.length + selectedTriggerIds.length === 0) return;
  // A trigger's start edge is drawn as an edge with the trigger's card id: deleting it disconnects the trigger.
  const startEdges = selectedEdgeIds.filter((id) => id.startsWith('trigger:')).map((id) => id.slice('trigger:'.length));
  const changes: GraphChange[] = [
    deleteElements(state.graph, { nodeIds: selectedNodeIds, edgeIds: selectedEdgeIds, triggerIds: selectedTriggerIds }),
  ];
  for (const triggerId of startEdges) {
    const trigger = state.graph.triggers.find((t) => t.id === triggerId);
    if (trigger && !selectedTriggerIds.includes(triggerId))
      changes.push({ type: 'setTrigger', trigger: { ...trigger, nodeId: null } });
  }
  state.dispatch({ type: 'batch', changes });
  store.getState().select({});
}

let memoryClipboard: ClipboardContent | null = null;

/** Copies the selected steps; returns the clipboard text (also kept in memory for browsers without a clipboard). */
export function copySelection(store: EditorStore): string | null {
  const state = store.getState();
  const content = copySteps(state.graph, state.selectedNodeIds);
  if (!content) return null;
  memoryClipboard = content;
  return JSON.stringify(content);
}

/** Pastes copied steps with new ids (at `at` when given) and selects them. */
export function pasteContent(store: EditorStore, content: ClipboardContent | null = memoryClipboard, at?: XY) {
  const state = store.getState();
  if (!content || state.readOnly) return;
  const { change, nodeIds } = pasteSteps(state.graph, content, at);
  state.dispatch(change);
  store.getState().select({ nodeIds });
  // A second paste of the same content lands a little further down instead of on top of the first.
  memoryClipboard = {
    ...content,
    nodes: content.nodes.map((node) =>
      node.position ? { ...node, position: { x: node.position.x + 40, y: node.position.y + 40 } } : node,
    ),
  };
}

/** Ctrl+D: copies and pastes the selection in one go. */
export function duplicateSelection(store: EditorStore) {
  const state = store.getState();
  const content = copySteps(state.graph, state.selectedNodeIds);
  if (content) pasteContent(store, content);
}

/**
 * Auto-layout as the toolbar and Shift+L run it, then the whole flow in view. The layout needs every card's drawn
 * size, and React Flow draws only the cards in view (a flow opens at its start when it is wide): so when some card
 * was never drawn, the whole flow is brought into view first and the layout waits (a few frames at most) until the
 * cards that came into view are measured.
 */
export function arrangeFlow(store: EditorStore, fitAll: (duration?: number) => void) {
  const unmeasured = () => {
    const { graph, measured } = store.getState();
    return graph.nodes.some((node) => !measured.has(node.id));
  };
  const arrange = () => {
    autoLayout(store);
    requestAnimationFrame(() => fitAll(300));
  };
  if (!unmeasured()) {
    arrange();
    return;
  }
  fitAll(0);
  let frames = 0;
  const waitForSizes = () => {
    if (unmeasured() && ++frames < MEASURE_FRAMES) requestAnimationFrame(waitForSizes);
    else arrange();
  };
  requestAnimationFrame(waitForSizes);
}

/** How long `arrangeFlow` waits for cards to be measured (a big flow's window never draws them all). */
const MEASURE_FRAMES = 30;

/** Lays the flow out left to right with dagre as one undoable edit (trigger cards follow). */
export function autoLayout(store: EditorStore) {
  const state = store.getState();
  const layout = layoutGraph(state.graph, (key) => state.measured.get(key));
  state.dispatch({
    type: 'batch',
    changes: [
      { type: 'moveNodes', moves: [...layout.nodes].map(([id, position]) => ({ id, position })) },
      ...triggerPositionChanges(state.graph.triggers, Object.fromEntries(layout.triggers)),
    ],
  });
}
