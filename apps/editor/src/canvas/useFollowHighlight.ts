import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import type { EditorStore } from '../store/createEditorStore.ts';
import { contains, windowFor } from './canvasWindow.ts';
import { elementRect } from './flowBounds.ts';

/**
 * Keeps the last highlighted step in view: the preview highlights the path its session took, the step it waits on
 * last, and when that step changes and is out of view the canvas pans to it at the same zoom — a flow opened at its
 * start follows the conversation.
 */
export function useFollowHighlight(store: EditorStore, container: RefObject<HTMLDivElement | null>): void {
  const rf = useReactFlow();
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const current = state.highlight.nodeIds.at(-1);
        if (state.highlight === previous.highlight || !current || current === previous.highlight.nodeIds.at(-1)) return;
        const rect = elementRect(state, current);
        const pane = container.current;
        if (!rect || !pane) return;
        const viewport = rf.getViewport();
        const visible = windowFor(viewport, { width: pane.clientWidth, height: pane.clientHeight }, 0);
        if (!contains(visible, rect)) {
          void rf.setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, { zoom: viewport.zoom, duration: 300 });
        }
      }),
    [store, rf, container],
  );
}
