import type { GraphNode } from '@salesbot/graph';
import { createContext, useContext, useMemo } from 'react';
import { editNodeData } from '../../graph/editNodeData.ts';
import { useEditorApi } from '../../store/EditorStoreContext.tsx';
import { setIn } from './setIn.ts';

/** The step a panel edits; fields read it to find their problems. */
export const StepIdContext = createContext<string | null>(null);

export function useStepId(): string | null {
  return useContext(StepIdContext);
}

export interface StepEditor {
  /** Sets one field of the step's data; typing into the same field within a second is one undo step. */
  set(path: string, value: unknown): void;
  /** Replaces the data through a function of the current data (add/remove/reorder: one undo step each). */
  update(fn: (data: GraphNode['data']) => GraphNode['data']): void;
  /** Renames the step (its label on the canvas). */
  setLabel(label: string | undefined): void;
}

/** Edits the step with this id through the store's reducer (reading the current data at call time). */
export function useStepEditor(nodeId: string): StepEditor {
  const store = useEditorApi();
  return useMemo(() => {
    const apply = (fn: (data: GraphNode['data']) => GraphNode['data'], mergeKey?: string) => {
      const state = store.getState();
      const node = state.nodesById.get(nodeId);
      if (!node) return;
      state.dispatch(editNodeData(state.graph, nodeId, fn(node.data)), mergeKey ? { mergeKey } : {});
    };
    return {
      set: (path, value) => apply((data) => setIn(data, path, value), `${nodeId}:${path}`),
      update: (fn) => apply(fn),
      setLabel: (label) =>
        store
          .getState()
          .dispatch({ type: 'setNodeLabel', id: nodeId, label: label || undefined }, { mergeKey: `${nodeId}:label` }),
    };
  }, [store, nodeId]);
}
