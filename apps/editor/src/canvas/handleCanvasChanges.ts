import type { Trigger } from '@salesbot/graph';
import type { EdgeChange, NodeChange } from '@xyflow/react';
import type { GraphChange, XY } from '../graph/graphChange.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import { isTriggerNodeId, triggerIdOf } from './flowElements.ts';

/**
 * Turns React Flow's node changes into editor state: moves of steps and trigger cards become one edit per drag
 * (merged into one undo step by `dragKey`; a trigger card's place is kept in the graph), selections go to the
 * selection slice, and measured sizes into the view's size cache without a re-render.
 */
export function handleNodeChanges(store: EditorStore, changes: NodeChange[], dragKey: string) {
  const state = store.getState();
  const moves: { id: string; position: XY }[] = [];
  const triggerMoves: Record<string, XY> = {};
  let firstMeasure = false;
  let nodeSelection: Set<string> | null = null;
  let triggerSelection: Set<string> | null = null;
  for (const change of changes) {
    switch (change.type) {
      case 'position':
        if (!change.position) break;
        if (isTriggerNodeId(change.id)) triggerMoves[triggerIdOf(change.id)] = change.position;
        else
          moves.push({
            id: change.id,
            position: { x: Math.round(change.position.x), y: Math.round(change.position.y) },
          });
        break;
      case 'dimensions':
        if (!change.dimensions) break;
        if (!state.measured.has(change.id)) firstMeasure = true;
        state.measured.set(change.id, change.dimensions);
        break;
      case 'select': {
        const trigger = isTriggerNodeId(change.id);
        if (trigger && !triggerSelection) triggerSelection = new Set(state.selectedTriggerIds);
        if (!trigger && !nodeSelection) nodeSelection = new Set(state.selectedNodeIds);
        const set = (trigger ? triggerSelection : nodeSelection) as Set<string>;
        const id = trigger ? triggerIdOf(change.id) : change.id;
        if (change.selected) set.add(id);
        else set.delete(id);
        break;
      }
      default:
        break;
    }
  }
  if (firstMeasure) state.setView({ measuredVersion: state.measuredVersion + 1 });
  // (A read-only store's `dispatch` ignores these.)
  const edits: GraphChange[] = [
    ...(moves.length > 0 ? [{ type: 'moveNodes', moves } as const] : []),
    ...triggerPositionChanges(state.graph.triggers, triggerMoves),
  ];
  if (edits.length > 0) state.dispatch({ type: 'batch', changes: edits }, { mergeKey: dragKey });
  if (nodeSelection || triggerSelection) {
    const current = store.getState();
    current.select({
      nodeIds: nodeSelection ? [...nodeSelection] : current.selectedNodeIds,
      triggerIds: triggerSelection ? [...triggerSelection] : current.selectedTriggerIds,
      edgeIds: current.selectedEdgeIds,
    });
  }
}

/** Edge selections go to the selection slice (deletion is the editor's own Delete shortcut). */
export function handleEdgeChanges(store: EditorStore, changes: EdgeChange[]) {
  const state = store.getState();
  let selection: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    selection ??= new Set(state.selectedEdgeIds);
    if (change.selected) selection.add(change.id);
    else selection.delete(change.id);
  }
  if (selection)
    state.select({ nodeIds: state.selectedNodeIds, triggerIds: state.selectedTriggerIds, edgeIds: [...selection] });
}

/** `setTrigger` edits that move trigger cards (rounded like steps). */
export function triggerPositionChanges(
  triggers: readonly Trigger[],
  moves: Readonly<Record<string, XY>>,
): GraphChange[] {
  return triggers
    .filter((trigger) => moves[trigger.id] !== undefined)
    .map((trigger) => {
      const at = moves[trigger.id]!;
      return { type: 'setTrigger', trigger: { ...trigger, position: { x: Math.round(at.x), y: Math.round(at.y) } } };
    });
}
