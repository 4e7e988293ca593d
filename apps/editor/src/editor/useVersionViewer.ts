import { useCallback, useMemo, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { api } from '../auth/session.ts';
import { diffGraphs, type GraphDiff } from '../graph/diffGraphs.ts';
import { createEditorStore, type EditorStore } from '../store/createEditorStore.ts';
import { showToast } from '../ui/toasts.tsx';
import { openFlowGraph } from './openFlowGraph.ts';

export interface OpenVersion {
  version: number;
  /** A read-only store of the version's graph, for the canvas. */
  store: EditorStore;
}

/** Opens published versions read-only beside the draft, compares them with it, and restores one into the draft. */
export function useVersionViewer(draftStore: EditorStore) {
  const [open, setOpen] = useState<OpenVersion | null>(null);
  const show = useCallback(
    async (version: number | null) => {
      const flowId = draftStore.getState().flowId;
      if (version === null || !flowId) {
        setOpen(null);
        return;
      }
      try {
        const detail = await api.getVersion(flowId, version);
        const opened = openFlowGraph(detail.graph);
        if (!opened.ok)
          throw new Error(`Version ${version} cannot be shown: ${opened.problems[0]?.message ?? 'not a flow'}`);
        const store = createEditorStore(opened.graph, { readOnly: true });
        store.getState().setView({ dockTab: 'versions', problemsOpen: false });
        setOpen({ version, store });
      } catch (error) {
        showToast(errorMessage(error), 'error');
      }
    },
    [draftStore],
  );
  const restore = useCallback(() => {
    if (!open) return;
    const draft = draftStore.getState().graph;
    const graph = { ...open.store.getState().graph, id: draft.id, name: draft.name };
    draftStore.getState().dispatch({ type: 'replaceGraph', graph });
    draftStore.getState().select({});
    setOpen(null);
    showToast(`Restored version ${open.version} into the draft — undo with Ctrl+Z`);
  }, [open, draftStore]);
  return { open, show, restore };
}

/** The draft compared with the open version, and each version step's status for the canvas. */
export function useVersionDiff(
  open: OpenVersion | null,
  draftStore: EditorStore,
): { diff: GraphDiff; status: Map<string, 'removed' | 'edited'> } | null {
  return useMemo(() => {
    if (!open) return null;
    const diff = diffGraphs(open.store.getState().graph, draftStore.getState().graph);
    const status = new Map<string, 'removed' | 'edited'>();
    for (const node of diff.removedNodes) status.set(node.id, 'removed');
    for (const edit of diff.editedNodes) status.set(edit.id, 'edited');
    return { diff, status };
  }, [open, draftStore]);
}
