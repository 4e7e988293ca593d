import { createStore, type StoreApi } from 'zustand/vanilla';
import type { EditorStore } from '../store/createEditorStore.ts';

/** Where the pane is and what it shows. */
export interface PreviewUi {
  open: boolean;
  fullscreen: boolean;
  /** `simulator`: the draft in the browser; `server`: the published bot through the sandbox channel. */
  mode: 'simulator' | 'server';
  setUi(update: Partial<Omit<PreviewUi, 'setUi'>>): void;
}

const uis = new WeakMap<EditorStore, StoreApi<PreviewUi>>();

/**
 * The preview pane's state for an open flow (made on first use). Kept apart from the run so that the top bar and
 * the closed pane do not load the engine.
 */
export function previewUiFor(editor: EditorStore): StoreApi<PreviewUi> {
  let ui = uis.get(editor);
  if (!ui) {
    ui = createStore<PreviewUi>()((set) => ({
      open: false,
      fullscreen: false,
      mode: 'simulator',
      setUi: (update) => set(update),
    }));
    uis.set(editor, ui);
  }
  return ui;
}
