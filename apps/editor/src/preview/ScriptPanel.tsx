import { useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import { downloadJson } from '../flows/downloadJson.ts';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { usePreview } from './previewFor.ts';
import { recordScript } from './recordScript.ts';
import { SavedScriptList } from './SavedScriptList.tsx';
import { SCRIPT_NAME, scriptNameOf } from './scriptsApi.ts';
import { useStoredScripts } from './useStoredScripts.ts';

/**
 * Saves the run as a conversation script (the format `npx salesbot test` runs): every action, every bot message
 * with its price, and where the session ended up. Downloaded as `<flow>.script.json` to keep beside the flow, or
 * stored with the flow on the server under a name, where the list below replays it.
 */
export function ScriptPanel() {
  const graph = usePreview((state) => state.graph);
  const setup = usePreview((state) => state.setup);
  const actions = usePreview((state) => state.actions);
  const sends = usePreview((state) => state.sends);
  const view = usePreview((state) => state.view);
  const [name, setName] = useState('Recorded in the preview');
  // Follows the conversation's name until the tester types one of their own.
  const [typedSaveAs, setSaveAs] = useState<string | null>(null);
  const saveAs = typedSaveAs ?? scriptNameOf(name);
  const stored = useStoredScripts(graph.id);
  const [saving, setSaving] = useState(false);
  const nameOk = SCRIPT_NAME.test(saveAs);
  const replaces = stored.list?.some((item) => item.name === saveAs) ?? false;
  const recorded = recordScript({ flowFile: `${graph.id}.json`, name, setup, actions, sends, view });
  const steps = recorded.script.conversations[0]?.steps.length ?? 0;
  const fileName = `${graph.id}.script.json`;
  return (
    <div className="pv-panel" data-testid="script-panel">
      <p className="pv-panel__hint">
        The run as a conversation script: {actions.length} {actions.length === 1 ? 'action' : 'actions'}, {steps} steps
        with the bot’s messages and prices. Keep it beside the flow as <code>flows/{fileName}</code>; the tests and{' '}
        <code>npx salesbot test</code> play it.
      </p>
      <label className="pv-kv">
        <span className="pv-kv__key">Name</span>
        <input className="input input--sm" value={name} onChange={(event) => setName(event.target.value)} />
      </label>
      <label className="pv-kv">
        <span className="pv-kv__key">Save as</span>
        <input
          className="input input--sm"
          value={saveAs}
          onChange={(event) => setSaveAs(event.target.value)}
          aria-invalid={!nameOk}
          data-testid="script-name"
        />
      </label>
      {!nameOk ? (
        <p className="pv-panel__warning">A name is 1 to 60 lower-case letters, digits and dashes.</p>
      ) : replaces ? (
        <p className="pv-panel__hint">Saving replaces the script of that name.</p>
      ) : null}
      {recorded.warnings.map((warning) => (
        <p key={warning} className="pv-panel__warning">
          <Icon name="warning" size={13} /> {warning}
        </p>
      ))}
      <div className="pv-panel__buttons">
        <button
          type="button"
          className="btn btn--primary btn--sm"
          disabled={actions.length === 0}
          data-testid="download-script"
          onClick={() => downloadJson(fileName, recorded.script)}
        >
          <Icon name="download" size={15} /> Download {fileName}
        </button>
        <button
          type="button"
          className="btn btn--sm"
          disabled={actions.length === 0}
          onClick={() => {
            void navigator.clipboard
              ?.writeText(`${JSON.stringify(recorded.script, null, 2)}\n`)
              .then(() => showToast('Script copied'))
              .catch(() => showToast('The browser did not allow copying', 'error'));
          }}
        >
          <Icon name="copy" size={15} /> Copy
        </button>
        <button
          type="button"
          className="btn btn--sm"
          disabled={actions.length === 0 || !nameOk || saving}
          data-testid="save-script"
          onClick={() => {
            setSaving(true);
            stored
              .save(saveAs, recorded.script)
              .then(() => showToast(`Saved “${saveAs}” with the flow`))
              .catch((error: unknown) => showToast(errorMessage(error), 'error'))
              .finally(() => setSaving(false));
          }}
        >
          <Icon name="upload" size={15} /> Save script
        </button>
      </div>
      <SavedScriptList flowId={graph.id} list={stored.list} error={stored.error} onDelete={stored.remove} />
    </div>
  );
}
