import { useCallback, useEffect, useState } from 'react';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';
import { ClockBar } from './ClockBar.tsx';
import { ContactPanel } from './ContactPanel.tsx';
import { CostSummary } from './CostSummary.tsx';
import { CurrentStepStyle } from './CurrentStepStyle.tsx';
import { PreviewContext, previewFor, usePreview, usePreviewApi, usePreviewUi } from './previewFor.ts';
import { ScriptPanel } from './ScriptPanel.tsx';
import { ServerChat } from './ServerChat.tsx';
import { SessionPanel } from './SessionPanel.tsx';
import { SetupPanel } from './SetupPanel.tsx';
import { SimulatorChat } from './SimulatorChat.tsx';
import { usePreviewCanvasSync } from './usePreviewCanvasSync.ts';
import './preview.css';

/** The preview pane beside the canvas (or full screen) when it is open; nothing otherwise. */
export function PreviewPane() {
  const editor = useEditorApi();
  const preview = previewFor(editor);
  return (
    <PreviewContext.Provider value={preview}>
      <PaneWhenOpen />
    </PreviewContext.Provider>
  );
}

type Tab = 'session' | 'contact' | 'setup' | 'script';
const TABS: { id: Tab; label: string }[] = [
  { id: 'session', label: 'Session' },
  { id: 'contact', label: 'Contact' },
  { id: 'setup', label: 'Setup' },
  { id: 'script', label: 'Script' },
];

function PaneWhenOpen() {
  const open = usePreviewUi((ui) => ui.open);
  const editor = useEditorApi();
  const preview = previewFor(editor);
  usePreviewCanvasSync(editor, preview, open);
  return open ? (
    <>
      <CurrentStepStyle />
      <Pane />
    </>
  ) : null;
}

function Pane() {
  const editor = useEditorApi();
  const store = usePreviewApi();
  const fullscreen = usePreviewUi((ui) => ui.fullscreen);
  const mode = usePreviewUi((ui) => ui.mode);
  const setUi = usePreviewUi((ui) => ui.setUi);
  const graph = usePreview((state) => state.graph);
  const view = usePreview((state) => state.view);
  const setup = usePreview((state) => state.setup);
  const stale = usePreview((state) => state.stale);
  const actionCount = usePreview((state) => state.actions.length);
  const running = actionCount > 0;
  const [tab, setTab] = useState<Tab | null>(null);
  const [live, setLive] = useState(false);

  // The live clock: a second of simulated time per second, so the windows count down while the tester reads.
  useEffect(() => {
    if (!live || mode !== 'simulator') return;
    const timer = setInterval(() => {
      if (!store.getState().problems) store.getState().tick(1000);
    }, 1000);
    return () => clearInterval(timer);
  }, [live, mode, store]);

  const select = useCallback(
    (nodeId: string) => {
      const state = editor.getState();
      if (!state.nodesById.has(nodeId)) return;
      state.select({ nodeIds: [nodeId] });
      state.setView({ dockTab: 'inspector' });
      state.requestReveal(nodeId);
    },
    [editor],
  );
  const act = store.getState().act;
  const shownTab = fullscreen ? (tab ?? 'session') : tab;

  return (
    <section
      className={`pv-pane${fullscreen ? ' pv-pane--full' : ''}`}
      aria-label="Preview"
      data-testid="preview-pane"
      data-mode={mode}
      data-actions={actionCount}
    >
      <header className="pv-pane__header">
        <span className="pv-pane__title">
          <Icon name="message" size={16} />
          Preview
        </span>
        <div className="pv-modes" role="tablist" aria-label="Where the bot runs">
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'simulator'}
            className={mode === 'simulator' ? 'is-active' : ''}
            onClick={() => setUi({ mode: 'simulator' })}
            title="The draft runs in your browser with a simulated clock"
          >
            Simulator
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'server'}
            className={mode === 'server' ? 'is-active' : ''}
            onClick={() => setUi({ mode: 'server' })}
            data-testid="mode-server"
            title="Test on the server: the published bot answers through the sandbox channel"
          >
            Server
          </button>
        </div>
        <span className="pv-pane__spacer" />
        {mode === 'simulator' ? (
          <>
            <IconButton
              icon="undo"
              label="Step back (undo the last action)"
              size="sm"
              placement="below"
              disabled={!running}
              onClick={() => store.getState().stepBack()}
              data-testid="preview-step-back"
            />
            <IconButton
              icon="restore"
              label="Restart"
              size="sm"
              placement="below"
              onClick={() => store.getState().restart()}
              data-testid="preview-restart"
            />
          </>
        ) : null}
        <IconButton
          icon={fullscreen ? 'zoomOut' : 'fit'}
          label={fullscreen ? 'Back beside the canvas' : 'Full screen'}
          size="sm"
          placement="below"
          onClick={() => setUi({ fullscreen: !fullscreen })}
          data-testid="preview-fullscreen"
        />
        <IconButton
          icon="close"
          label="Close the preview"
          size="sm"
          placement="below"
          onClick={() => setUi({ open: false, fullscreen: false })}
        />
      </header>
      {mode === 'server' ? (
        <ServerChat graph={graph} />
      ) : (
        <div className="pv-pane__body">
          <div className="pv-pane__main">
            {stale ? (
              <div className="pv-stale" role="status">
                <Icon name="info" size={14} />
                <span>The draft changed since this run started.</span>
                <button type="button" className="btn btn--sm" onClick={() => store.getState().replayOnDraft()}>
                  Replay on the draft
                </button>
                <button type="button" className="btn btn--sm btn--ghost" onClick={() => store.getState().restart()}>
                  Restart
                </button>
              </div>
            ) : null}
            <ClockBar
              graph={graph}
              view={view}
              onAdvance={(ms) => act({ type: 'advance', ms })}
              onNextTimer={() => store.getState().nextTimer()}
              live={live}
              onLive={setLive}
            />
            <CostSummary totals={view.totals} />
            <div className="pv-pane__phone">
              <SimulatorChat onSelect={select} />
            </div>
          </div>
          <div className={`pv-details${shownTab ? ' is-open' : ''}`}>
            <div className="pv-details__tabs" role="tablist">
              {TABS.map((candidate) => (
                <button
                  key={candidate.id}
                  type="button"
                  role="tab"
                  aria-selected={shownTab === candidate.id}
                  className={shownTab === candidate.id ? 'is-active' : ''}
                  data-testid={`preview-tab-${candidate.id}`}
                  onClick={() => setTab(tab === candidate.id && !fullscreen ? null : candidate.id)}
                >
                  {candidate.label}
                </button>
              ))}
            </div>
            {shownTab ? (
              <div className="pv-details__content">
                {shownTab === 'session' ? (
                  <SessionPanel graph={graph} view={view} onAct={act} onSelect={select} />
                ) : shownTab === 'contact' ? (
                  <ContactPanel
                    contact={view.contact}
                    onAct={act}
                    onChange={(contact) =>
                      running ? act({ type: 'setContact', contact }) : store.getState().restart({ contact })
                    }
                  />
                ) : shownTab === 'setup' ? (
                  <SetupPanel
                    setup={setup}
                    running={running}
                    onRestart={(update) => store.getState().restart(update)}
                  />
                ) : (
                  <ScriptPanel />
                )}
              </div>
            ) : null}
          </div>
        </div>
      )}
    </section>
  );
}
