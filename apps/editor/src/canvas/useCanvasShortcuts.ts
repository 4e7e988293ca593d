import { useReactFlow } from '@xyflow/react';
import { type RefObject, useEffect } from 'react';
import { parseClipboard } from '../graph/clipboard.ts';
import type { XY } from '../graph/graphChange.ts';
import type { EditorStore } from '../store/createEditorStore.ts';
import { arrangeFlow, copySelection, deleteSelection, duplicateSelection, pasteContent } from './canvasActions.ts';
import { isTypingTarget } from './isTypingTarget.ts';

/**
 * The editor's keyboard shortcuts: undo/redo (everywhere, fields included), and — outside text fields — delete,
 * select all, copy/cut/paste (through the system clipboard when it works, else in memory), duplicate, the add
 * menu (`/`), fit view (F), auto-layout (Shift+L), minimap (Ctrl+M).
 */
export function useCanvasShortcuts(
  store: EditorStore,
  pointer: RefObject<{ screen: XY; inside: boolean }>,
  onSave: () => void,
  fitAll: (duration?: number) => void,
) {
  const rf = useReactFlow();
  useEffect(() => {
    let pasteHandled = false;
    const flowPointer = () => (pointer.current.inside ? rf.screenToFlowPosition(pointer.current.screen) : undefined);

    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) state.redo();
        else state.undo();
        return;
      }
      if (mod && key === 'y') {
        event.preventDefault();
        state.redo();
        return;
      }
      if (mod && key === 's') {
        event.preventDefault();
        onSave();
        return;
      }
      if (isTypingTarget(event.target) || document.querySelector('.dialog-backdrop')) return;
      if (mod && key === 'a') {
        event.preventDefault();
        state.selectAll();
      } else if (mod && key === 'd') {
        event.preventDefault();
        duplicateSelection(store);
      } else if (mod && key === 'm') {
        event.preventDefault();
        state.setView({ showMinimap: !state.showMinimap });
      } else if (mod && (key === 'c' || key === 'x')) {
        // The copy/cut events below also fill the system clipboard; this keeps the in-memory copy.
        copySelection(store);
      } else if (mod && key === 'v') {
        pasteHandled = false;
        // When the browser fires no paste event (no clipboard access), paste from memory.
        setTimeout(() => {
          if (!pasteHandled) pasteContent(store, undefined, flowPointer());
        }, 0);
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
        event.preventDefault();
        deleteSelection(store);
      } else if (event.key === '/' && !mod) {
        event.preventDefault();
        if (state.readOnly) return;
        const screen = pointer.current.inside ? pointer.current.screen : centerOfCanvas();
        state.setView({ addMenu: { screen, flow: rf.screenToFlowPosition(screen) } });
      } else if (key === 'f' && !mod && !event.shiftKey) {
        fitAll();
      } else if (key === 'l' && event.shiftKey && !mod) {
        if (!state.readOnly) arrangeFlow(store, fitAll);
      } else if (event.key === 'Escape') {
        state.select({});
        state.setView({ addMenu: null });
      }
    };

    const onCopy = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      const text = copySelection(store);
      if (!text) return;
      event.clipboardData?.setData('text/plain', text);
      event.preventDefault();
      if (event.type === 'cut') deleteSelection(store);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTypingTarget(event.target)) return;
      pasteHandled = true;
      const content = parseClipboard(event.clipboardData?.getData('text/plain') ?? '');
      event.preventDefault();
      pasteContent(store, content ?? undefined, flowPointer());
    };

    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCopy);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCopy);
      document.removeEventListener('paste', onPaste);
    };
  }, [store, rf, pointer, onSave, fitAll]);
}

function centerOfCanvas(): XY {
  const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
  return pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 3 } : { x: 400, y: 300 };
}
