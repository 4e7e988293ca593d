import { useEffect, useState } from 'react';
import { MOD } from '../canvas/shortcutLabels.ts';
import { downloadJson } from '../flows/downloadJson.ts';
import type { AutosaveHook } from '../persistence/attachAutosave.ts';
import { PreviewToggle } from '../preview/PreviewToggle.tsx';
import { Link } from '../router/Link.tsx';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import type { DockTab } from '../store/viewSlice.ts';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { Tooltip } from '../ui/Tooltip.tsx';
import { PublishButton } from './PublishButton.tsx';
import { SaveIndicator } from './SaveIndicator.tsx';

/** The dock's tabs the top bar opens (and closes) with a button. */
const DOCK_BUTTONS: { tab: DockTab; icon: IconName; label: string }[] = [
  { tab: 'variables', icon: 'variable', label: 'Variables' },
  { tab: 'versions', icon: 'history', label: 'Version history' },
  { tab: 'results', icon: 'chart', label: 'Results' },
];

/** Back to the flows, the flow's name (editable), save status, undo/redo, problems, panels and Publish. */
export function EditorTopBar({ autosave }: { autosave: AutosaveHook }) {
  const store = useEditorApi();
  const name = useEditor((state) => state.graph.name);
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const errors = useEditor((state) => state.diagnostics.filter((d) => d.severity === 'error').length);
  const warnings = useEditor((state) => state.diagnostics.length) - errors;
  const problemsOpen = useEditor((state) => state.problemsOpen);
  const dockTab = useEditor((state) => state.dockTab);
  const inspectorOpen = useEditor((state) => state.inspectorOpen);
  const publishedVersion = useEditor((state) => state.publishedVersion);
  const [draftName, setDraftName] = useState(name);
  useEffect(() => setDraftName(name), [name]);

  const commitName = () => {
    const next = draftName.trim();
    if (!next) setDraftName(name);
    else if (next !== name) {
      const { graph } = store.getState();
      store.getState().dispatch({ type: 'setFlowInfo', name: next, description: graph.description });
    }
  };
  const toggleDock = (tab: DockTab) => {
    const state = store.getState();
    state.setView(
      state.inspectorOpen && state.dockTab === tab ? { dockTab: 'inspector' } : { dockTab: tab, inspectorOpen: true },
    );
  };

  return (
    <header className="topbar">
      <Tooltip label="All flows" placement="below">
        <Link to="/flows" className="btn btn--ghost btn--icon" aria-label="All flows">
          <Icon name="arrowLeft" size={18} />
        </Link>
      </Tooltip>
      <div className="topbar__title">
        <input
          className="topbar__name"
          value={draftName}
          aria-label="Flow name"
          onChange={(event) => setDraftName(event.target.value)}
          onBlur={commitName}
          onKeyDown={(event) => {
            if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
            if (event.key === 'Escape') {
              setDraftName(name);
              (event.target as HTMLInputElement).blur();
            }
          }}
        />
        {publishedVersion ? (
          <span className="badge badge--green">Live · v{publishedVersion}</span>
        ) : (
          <span className="badge">Draft</span>
        )}
        <SaveIndicator onRetry={() => void autosave.flush()} />
      </div>
      <div className="topbar__group">
        <IconButton
          icon="undo"
          label="Undo"
          shortcut={`${MOD}+Z`}
          placement="below"
          disabled={!canUndo}
          onClick={() => store.getState().undo()}
        />
        <IconButton
          icon="redo"
          label="Redo"
          shortcut={`${MOD}+Shift+Z`}
          placement="below"
          disabled={!canRedo}
          onClick={() => store.getState().redo()}
        />
      </div>
      <span className="topbar__sep" />
      <Tooltip label={problemsOpen ? 'Hide problems' : 'Show problems'} placement="below">
        <button
          type="button"
          className={`problems-toggle${errors ? ' has-errors' : warnings ? ' has-warnings' : ''}${problemsOpen ? ' is-active' : ''}`}
          onClick={() => store.getState().setView({ problemsOpen: !problemsOpen })}
          data-testid="problems-toggle"
          aria-pressed={problemsOpen}
        >
          <Icon name={errors ? 'error' : warnings ? 'warning' : 'checkCircle'} size={16} strokeWidth={2.1} />
          {errors + warnings === 0
            ? 'No problems'
            : `${errors + warnings} ${errors + warnings === 1 ? 'problem' : 'problems'}`}
        </button>
      </Tooltip>
      <div className="topbar__group">
        {DOCK_BUTTONS.map(({ tab, icon, label }) => (
          <IconButton
            key={tab}
            icon={icon}
            label={label}
            placement="below"
            active={inspectorOpen && dockTab === tab}
            onClick={() => toggleDock(tab)}
          />
        ))}
        <IconButton
          icon="download"
          label="Export JSON"
          placement="below"
          onClick={() => {
            const { graph } = store.getState();
            downloadJson(`${graph.id}.json`, graph);
          }}
        />
      </div>
      <PreviewToggle />
      <PublishButton autosave={autosave} />
    </header>
  );
}
