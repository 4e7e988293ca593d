import { Panel, useReactFlow } from '@xyflow/react';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { arrangeFlow } from './canvasActions.ts';
import { MOD } from './shortcutLabels.ts';

/** Zoom, fit, auto-layout, snap and minimap controls in the canvas's corner. */
export function CanvasToolbar({ onFit }: { onFit: (duration?: number) => void }) {
  const store = useEditorApi();
  const rf = useReactFlow();
  const snapToGrid = useEditor((state) => state.snapToGrid);
  const showMinimap = useEditor((state) => state.showMinimap);
  const readOnly = useEditor((state) => state.readOnly);
  return (
    <Panel position="bottom-left" className="canvas-toolbar">
      <IconButton
        icon="zoomOut"
        label="Zoom out"
        shortcut="-"
        size="sm"
        onClick={() => void rf.zoomOut({ duration: 150 })}
      />
      <IconButton
        icon="zoomIn"
        label="Zoom in"
        shortcut="+"
        size="sm"
        onClick={() => void rf.zoomIn({ duration: 150 })}
      />
      <IconButton icon="fit" label="Fit view" shortcut="F" size="sm" onClick={() => onFit()} />
      <span className="canvas-toolbar__sep" />
      {readOnly ? null : (
        <IconButton
          icon="layout"
          label="Auto-layout"
          shortcut="Shift+L"
          size="sm"
          onClick={() => arrangeFlow(store, onFit)}
        />
      )}
      <IconButton
        icon="grid"
        label={snapToGrid ? 'Snap to grid: on' : 'Snap to grid: off'}
        size="sm"
        active={snapToGrid}
        onClick={() => store.getState().setView({ snapToGrid: !snapToGrid })}
      />
      <IconButton
        icon="minimap"
        label={showMinimap ? 'Hide minimap' : 'Show minimap'}
        shortcut={`${MOD}+M`}
        size="sm"
        active={showMinimap}
        onClick={() => store.getState().setView({ showMinimap: !showMinimap })}
      />
    </Panel>
  );
}
