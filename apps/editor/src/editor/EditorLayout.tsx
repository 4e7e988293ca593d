import type { NodeType } from '@salesbot/graph';
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { addStep } from '../canvas/canvasActions.ts';
import { FlowCanvas } from '../canvas/FlowCanvas.tsx';
import { Palette } from '../canvas/Palette.tsx';
import { ProblemsPanel } from '../diagnostics/ProblemsPanel.tsx';
import { DiffStatusContext } from '../nodes/NodeCard.tsx';
import type { AutosaveHook } from '../persistence/attachAutosave.ts';
import { PreviewSlot } from '../preview/PreviewSlot.tsx';
import { EditorStoreProvider, useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { VersionDiff } from '../versions/VersionDiff.tsx';
import { VersionsPanel } from '../versions/VersionsPanel.tsx';
import { Dock } from './Dock.tsx';
import { EditorTopBar } from './EditorTopBar.tsx';
import { useVersionDiff, useVersionViewer } from './useVersionViewer.ts';
import '@xyflow/react/dist/base.css';
import '../canvas/canvas.css';
import '../panels/panels.css';
import '../results/results.css';

/** The editor: top bar, palette, canvas (the draft, or a version read-only), problems, and the dock. */
export function EditorLayout({ autosave }: { autosave: AutosaveHook }) {
  const store = useEditorApi();
  const rf = useReactFlow();
  const problemsOpen = useEditor((state) => state.problemsOpen);
  const inspectorOpen = useEditor((state) => state.inspectorOpen);
  const flowId = useEditor((state) => state.flowId);
  const viewer = useVersionViewer(store);
  const versionDiff = useVersionDiff(viewer.open, store);
  const save = useCallback(() => void autosave.flush(), [autosave]);

  const addAtCenter = (type: NodeType) => {
    const pane = document.querySelector('.canvas')?.getBoundingClientRect();
    const center = pane
      ? { x: pane.left + pane.width / 2 - 140, y: pane.top + pane.height / 2 - 80 }
      : { x: 400, y: 300 };
    const jitter = (store.getState().graph.nodes.length % 5) * 24;
    const position = rf.screenToFlowPosition({ x: center.x + jitter, y: center.y + jitter });
    addStep(store, type, { x: Math.round(position.x), y: Math.round(position.y) });
  };

  const versionsPanel = (
    <>
      <VersionsPanel viewing={viewer.open?.version ?? null} onOpen={(version) => void viewer.show(version)} />
      {viewer.open && versionDiff ? (
        <div className="inspector inspector--flush">
          <VersionDiff version={viewer.open.version} diff={versionDiff.diff} />
          <button
            type="button"
            className="btn btn--primary diff__restore"
            onClick={viewer.restore}
            data-testid="restore-version"
          >
            <Icon name="restore" size={16} />
            Restore version {viewer.open.version} into the draft
          </button>
        </div>
      ) : null}
    </>
  );

  return (
    <div className="editor" data-flow-id={flowId ?? undefined}>
      <EditorTopBar autosave={autosave} />
      <div className="editor__body">
        {viewer.open ? null : <Palette onAdd={addAtCenter} />}
        <div className="editor__center">
          {viewer.open ? (
            <div className="version-banner" role="status">
              <Icon name="eye" size={16} />
              <span>
                Viewing <strong>version {viewer.open.version}</strong> — read-only. Highlighted steps differ in the
                draft.
              </span>
              <button type="button" className="btn btn--sm" onClick={() => void viewer.show(null)}>
                Back to the draft
              </button>
            </div>
          ) : null}
          {viewer.open && versionDiff ? (
            <EditorStoreProvider store={viewer.open.store}>
              <DiffStatusContext.Provider value={versionDiff.status}>
                <ReactFlowProvider key={viewer.open.version}>
                  <FlowCanvas onSave={save} />
                </ReactFlowProvider>
              </DiffStatusContext.Provider>
            </EditorStoreProvider>
          ) : (
            <FlowCanvas onSave={save} />
          )}
          {problemsOpen && !viewer.open ? (
            <ProblemsPanel onClose={() => store.getState().setView({ problemsOpen: false })} />
          ) : null}
        </div>
        {viewer.open ? null : <PreviewSlot />}
        {inspectorOpen ? (
          <Dock versions={versionsPanel} />
        ) : (
          <div className="dock-collapsed">
            <IconButton
              icon="chevronLeft"
              label="Show panel"
              placement="right"
              onClick={() => store.getState().setView({ inspectorOpen: true })}
            />
          </div>
        )}
      </div>
    </div>
  );
}
