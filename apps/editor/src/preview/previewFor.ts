import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../store/createEditorStore.ts';
import { createPreviewStore, type PreviewState, type PreviewStore } from './createPreviewStore.ts';
import { type PreviewUi, previewUiFor } from './previewUi.ts';

export type { PreviewUi };

/** The preview of one open flow: its run and its pane state, kept while the flow stays open. */
export interface Preview {
  run: PreviewStore;
  ui: StoreApi<PreviewUi>;
}

const previews = new WeakMap<EditorStore, Preview>();

/**
 * The preview belonging to an editor store (made on first use, so closing the pane keeps the run). Only the open
 * pane calls it (`PreviewSlot` loads the pane when it first opens): making the run compiles the draft.
 */
export function previewFor(editor: EditorStore): Preview {
  let preview = previews.get(editor);
  if (!preview) {
    preview = { run: createPreviewStore(editor.getState().graph), ui: previewUiFor(editor) };
    previews.set(editor, preview);
  }
  return preview;
}

export const PreviewContext = createContext<Preview | null>(null);

function usePreviewContext(): Preview {
  const preview = useContext(PreviewContext);
  if (!preview) throw new Error('preview hooks need a <PreviewContext.Provider>');
  return preview;
}

/** Subscribes to a slice of the run. */
export function usePreview<T>(selector: (state: PreviewState) => T): T {
  return useStore(usePreviewContext().run, selector);
}

/** The run's store, for handlers. */
export function usePreviewApi(): PreviewStore {
  return usePreviewContext().run;
}

/** Subscribes to the pane's state. */
export function usePreviewUi<T>(selector: (state: PreviewUi) => T): T {
  return useStore(usePreviewContext().ui, selector);
}
