import { useEffect } from 'react';
import type { EditorStore } from '../store/createEditorStore.ts';
import type { Preview } from './previewFor.ts';

const NOTHING = { nodeIds: [] as string[], edgeIds: [] as string[] };

/**
 * Keeps the preview and the canvas in step: the preview gets every edit of the draft, and while the pane is open
 * the canvas highlights the steps entered and edges taken (the step the session waits on last).
 */
export function usePreviewCanvasSync(editor: EditorStore, preview: Preview, open: boolean): void {
  useEffect(() => {
    preview.run.getState().setDraft(editor.getState().graph);
    return editor.subscribe((state, previous) => {
      if (state.graph !== previous.graph && state.contentRevision !== previous.contentRevision) {
        preview.run.getState().setDraft(state.graph);
      }
    });
  }, [editor, preview]);

  useEffect(() => {
    if (!open) return;
    const show = () => {
      const { view } = preview.run.getState();
      const serverMode = preview.ui.getState().mode === 'server';
      if (serverMode) {
        editor.getState().setHighlight(NOTHING);
        return;
      }
      const nodeIds = view.path.nodeIds.filter((id) => id !== view.nodeId);
      if (view.nodeId) nodeIds.push(view.nodeId);
      const current = editor.getState().highlight;
      if (sameList(current.nodeIds, nodeIds) && sameList(current.edgeIds, view.path.edgeIds)) return;
      editor.getState().setHighlight({ nodeIds, edgeIds: view.path.edgeIds });
    };
    show();
    const stopRun = preview.run.subscribe((state, previous) => {
      if (state.view !== previous.view) show();
    });
    const stopUi = preview.ui.subscribe((state, previous) => {
      if (state.mode !== previous.mode) show();
    });
    return () => {
      stopRun();
      stopUi();
      editor.getState().setHighlight(NOTHING);
    };
  }, [editor, preview, open]);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
