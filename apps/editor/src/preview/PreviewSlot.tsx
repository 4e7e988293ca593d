import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { previewUiFor } from './previewUi.ts';
// The pane's styles stay in the main stylesheet (the top bar's toggle uses them too).
import './preview.css';

// The pane and the engine it runs are loaded when the pane first opens: the editor's first paint does not wait for
// code a closed pane does not use.
const PreviewPane = lazy(() => import('./PreviewPane.tsx').then((m) => ({ default: m.PreviewPane })));

/** The preview pane beside the canvas while it is open (see `PreviewPane`); nothing otherwise. */
export function PreviewSlot() {
  const editor = useEditorApi();
  const open = useStore(previewUiFor(editor), (state) => state.open);
  return open ? (
    <Suspense fallback={null}>
      <PreviewPane />
    </Suspense>
  ) : null;
}
