import type { Diagnostic } from '@salesbot/graph';
import type { StateCreator } from 'zustand';
import type { EditorState } from './editorState.ts';

/** A request to show a field: the panel focuses the input whose `data-path` matches `path` (or its nearest parent). */
export interface FocusRequest {
  nodeId?: string;
  triggerId?: string;
  path?: string;
  /** Changes on every request, so asking twice for the same field focuses it twice. */
  nonce: number;
}

export interface Selection {
  nodeIds?: string[];
  edgeIds?: string[];
  triggerIds?: string[];
}

export interface SelectionSlice {
  selectedNodeIds: string[];
  selectedEdgeIds: string[];
  selectedTriggerIds: string[];
  focus: FocusRequest | null;
  /** Replaces the selection (parts not given are cleared). */
  select(selection: Selection): void;
  selectAll(): void;
  /** Selects what a problem points at and asks its panel to focus the field. */
  focusDiagnostic(diagnostic: Diagnostic): void;
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set, get) => ({
  selectedNodeIds: [],
  selectedEdgeIds: [],
  selectedTriggerIds: [],
  focus: null,
  select(selection) {
    set({
      selectedNodeIds: selection.nodeIds ?? [],
      selectedEdgeIds: selection.edgeIds ?? [],
      selectedTriggerIds: selection.triggerIds ?? [],
    });
  },
  selectAll() {
    const { graph } = get();
    set({
      selectedNodeIds: graph.nodes.map((node) => node.id),
      selectedTriggerIds: graph.triggers.map((trigger) => trigger.id),
      selectedEdgeIds: [],
    });
  },
  focusDiagnostic(diagnostic) {
    const nonce = (get().focus?.nonce ?? 0) + 1;
    const focus: FocusRequest = { nonce };
    if (diagnostic.path) focus.path = diagnostic.path;
    if (diagnostic.nodeId) {
      focus.nodeId = diagnostic.nodeId;
      set({
        selectedNodeIds: [diagnostic.nodeId],
        selectedEdgeIds: [],
        selectedTriggerIds: [],
        focus,
        inspectorOpen: true,
      });
    } else if (diagnostic.triggerId) {
      focus.triggerId = diagnostic.triggerId;
      set({
        selectedNodeIds: [],
        selectedEdgeIds: [],
        selectedTriggerIds: [diagnostic.triggerId],
        focus,
        inspectorOpen: true,
      });
    } else if (diagnostic.edgeId) {
      set({ selectedNodeIds: [], selectedEdgeIds: [diagnostic.edgeId], selectedTriggerIds: [], focus: null });
    }
    get().requestReveal(diagnostic.nodeId ?? (diagnostic.triggerId ? `trigger:${diagnostic.triggerId}` : undefined));
  },
});
