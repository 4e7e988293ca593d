import type { Graph } from '@salesbot/graph';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createDiagnosticsSlice } from './diagnosticsSlice.ts';
import type { EditorState } from './editorState.ts';
import { createGraphSlice } from './graphSlice.ts';
import { createHistorySlice } from './historySlice.ts';
import { createPersistenceSlice } from './persistenceSlice.ts';
import { createSelectionSlice } from './selectionSlice.ts';
import { createViewSlice } from './viewSlice.ts';

export type EditorStore = StoreApi<EditorState>;

/** A store for editing `graph`: one per open flow (and one per read-only version). */
export function createEditorStore(graph: Graph, options: { readOnly?: boolean } = {}): EditorStore {
  const store = createStore<EditorState>()((...args) => ({
    ...createGraphSlice(graph)(...args),
    ...createHistorySlice(...args),
    ...createSelectionSlice(...args),
    ...createViewSlice(...args),
    ...createDiagnosticsSlice(...args),
    ...createPersistenceSlice(...args),
  }));
  if (options.readOnly) store.setState({ readOnly: true });
  return store;
}
