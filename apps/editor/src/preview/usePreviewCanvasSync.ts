import { useEffect } from 'react';
import type { EditorStore } from '../store/createEditorStore.ts';
import type { Preview } from './previewFor.ts';

const DRAFT_DEBOUNCE_MS = 200;
const NOTHING = { nodeIds: [] as string[], edgeIds: [] as string[] };

/**
 * Keeps the preview and the canvas in step while the pane is open: the preview gets the draft's edits (debounced),
 * and the canvas highlights the steps entered and edges taken (the step the session waits on last).
 */
export function usePreviewCanvasSync(editor: EditorStore, preview: Preview, open: boolean): void {
  useEffect(() => {
    // Replaying the draft compiles it: only while the pane is open, and once typing pauses, so keystrokes on a
    // big flow never wait for the preview.
    if (!open) return;
    preview.run.getState().setDraft(editor.getState().graph);
    let pending: ReturnType<typeof setTimeout> | undefined;
    const stop = editor.subscribe((state, previous) => {
      if (state.graph === previous.graph || state.contentRevision === previous.contentRevision) return;
      clearTimeout(pending);
      pending = setTimeout(() => preview.run.getState().setDraft(editor.getState().graph), DRAFT_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [editor, preview, open]);

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
