import type { FlowAnalytics } from '@salesbot/api';
import type { StateCreator } from 'zustand';
import type { ConnectionSource } from '../graph/connectHandles.ts';
import type { XY } from '../graph/graphChange.ts';
import type { EditorState } from './editorState.ts';

/** The searchable add menu: where it opened on screen and in the flow, and the output to connect the new step to. */
export interface AddMenuRequest {
  screen: XY;
  flow: XY;
  connectFrom?: ConnectionSource;
}

/** The tabs of the right-hand dock. Later features (the preview) add theirs here. */
export type DockTab = 'inspector' | 'variables' | 'versions' | 'results';

export interface ViewSlice {
  snapToGrid: boolean;
  showMinimap: boolean;
  addMenu: AddMenuRequest | null;
  dockTab: DockTab;
  /** Whether the dock shows at all (it hides to give the canvas room). */
  inspectorOpen: boolean;
  problemsOpen: boolean;
  /** The node (or `trigger:<id>`) the canvas should scroll to; `nonce` changes on each request. */
  reveal: { id: string; nonce: number } | null;
  /** Steps and edges to highlight (the preview's current step and path). */
  highlight: { nodeIds: readonly string[]; edgeIds: readonly string[] };
  /** The published flow's results drawn on the canvas (while the Results tab shows them), or null. */
  analytics: FlowAnalytics | null;
  /**
   * Measured card sizes from React Flow. A plain mutable map, not state: a card growing while the marketer types
   * must not re-render the canvas; the sizes are read when a card is rebuilt or for auto-layout.
   */
  measured: Map<string, { width: number; height: number }>;
  /** Bumps when cards are measured for the first time (see `createFlowNodesSelector`). */
  measuredVersion: number;
  setView(
    update: Partial<
      Pick<
        ViewSlice,
        | 'snapToGrid'
        | 'showMinimap'
        | 'addMenu'
        | 'dockTab'
        | 'inspectorOpen'
        | 'problemsOpen'
        | 'measuredVersion'
        | 'analytics'
      >
    >,
  ): void;
  requestReveal(id: string | undefined): void;
  setHighlight(highlight: ViewSlice['highlight']): void;
}

export const createViewSlice: StateCreator<EditorState, [], [], ViewSlice> = (set, get) => ({
  snapToGrid: true,
  showMinimap: true,
  addMenu: null,
  dockTab: 'inspector',
  inspectorOpen: true,
  problemsOpen: false,
  reveal: null,
  highlight: { nodeIds: [], edgeIds: [] },
  analytics: null,
  measured: new Map(),
  measuredVersion: 0,
  setView(update) {
    set(update);
  },
  requestReveal(id) {
    if (id) set({ reveal: { id, nonce: (get().reveal?.nonce ?? 0) + 1 } });
  },
  setHighlight(highlight) {
    set({ highlight });
  },
});
