import type { ReactNode } from 'react';
import { FlowOverview } from '../panels/FlowOverview.tsx';
import { StepInspector } from '../panels/StepInspector.tsx';
import { TriggerPanel } from '../panels/TriggerPanel.tsx';
import { VariablesPanel } from '../panels/VariablesPanel.tsx';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { IconButton } from '../ui/IconButton.tsx';

/** The right-hand dock: the selected step's (or trigger's) panel, the variables, the version history or the results. */
export function Dock({ versions }: { versions: ReactNode }) {
  const store = useEditorApi();
  const tab = useEditor((state) => state.dockTab);
  const selectedNode = useEditor((state) =>
    state.selectedNodeIds.length === 1 ? state.nodesById.get(state.selectedNodeIds[0] ?? '') : undefined,
  );
  const selectedTrigger = useEditor((state) =>
    state.selectedTriggerIds.length === 1 && state.selectedNodeIds.length === 0
      ? state.graph.triggers.find((t) => t.id === state.selectedTriggerIds[0])
      : undefined,
  );
  const multiple = useEditor((state) => state.selectedNodeIds.length + state.selectedTriggerIds.length > 1);
  const tabs = [
    { id: 'inspector', label: selectedNode || selectedTrigger ? 'Step' : 'Flow' },
    { id: 'variables', label: 'Variables' },
    { id: 'versions', label: 'History' },
    { id: 'results', label: 'Results' },
  ] as const;
  return (
    <aside className="dock" aria-label="Side panel">
      <div className="dock__tabs" role="tablist">
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={`dock__tab${tab === t.id ? ' is-active' : ''}`}
            onClick={() => store.getState().setView({ dockTab: t.id })}
          >
            {t.label}
          </button>
        ))}
        <span className="dock__spacer" />
        <IconButton
          icon="chevronRight"
          label="Hide panel"
          size="sm"
          placement="below"
          onClick={() => store.getState().setView({ inspectorOpen: false })}
        />
      </div>
      <div className="dock__content">
        {tab === 'variables' ? (
          <VariablesPanel />
        ) : tab === 'results' ? (
          <ResultsPanel />
        ) : tab === 'versions' ? (
          versions
        ) : selectedNode ? (
          <StepInspector key={selectedNode.id} node={selectedNode} />
        ) : selectedTrigger ? (
          <TriggerPanel key={selectedTrigger.id} trigger={selectedTrigger} />
        ) : multiple ? (
          <MultiSelection />
        ) : (
          <FlowOverview />
        )}
      </div>
    </aside>
  );
}

function MultiSelection() {
  const count = useEditor((state) => state.selectedNodeIds.length + state.selectedTriggerIds.length);
  return (
    <div className="inspector">
      <div className="multi">
        <strong>{count} selected</strong>
        <p className="pfield__hint">
          Drag to move them together. <kbd>Ctrl</kbd>+<kbd>C</kbd> / <kbd>Ctrl</kbd>+<kbd>V</kbd> to copy,{' '}
          <kbd>Ctrl</kbd>+<kbd>D</kbd> to duplicate, <kbd>Delete</kbd> to remove.
        </p>
      </div>
    </div>
  );
}
