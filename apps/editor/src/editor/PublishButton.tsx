import type { Diagnostic } from '@salesbot/graph';
import { useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import { api } from '../auth/session.ts';
import type { AutosaveHook } from '../persistence/attachAutosave.ts';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Tooltip } from '../ui/Tooltip.tsx';
import { showToast } from '../ui/toasts.tsx';

/** Saves, then publishes the draft as a new version; a refusal shows the errors that block it. */
export function PublishButton({ autosave }: { autosave: AutosaveHook }) {
  const store = useEditorApi();
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<Diagnostic[] | null>(null);
  const publish = async () => {
    const flowId = store.getState().flowId;
    if (!flowId) return;
    setBusy(true);
    try {
      await autosave.flush();
      const status = store.getState().saveStatus;
      if (status === 'error' || status === 'conflict')
        throw new Error(store.getState().saveError ?? 'The draft could not be saved.');
      const result = await api.publishFlow(flowId);
      store.getState().setPersistence({ publishedVersion: result.version });
      showToast(`Published version ${result.version}: new conversations use it now`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        setRefused(
          error.diagnostics.length > 0
            ? error.diagnostics
            : store.getState().diagnostics.filter((d) => d.severity === 'error'),
        );
      } else {
        showToast(errorMessage(error), 'error');
      }
    } finally {
      setBusy(false);
    }
  };
  const errors = (refused ?? []).filter((d) => d.severity === 'error');
  return (
    <>
      <Tooltip label="Publish the draft as a new version" placement="below">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void publish()}
          disabled={busy}
          data-testid="publish"
        >
          {busy ? <span className="spinner" /> : <Icon name="publish" size={16} />}
          Publish
        </button>
      </Tooltip>
      {refused ? (
        <Dialog
          title="Fix these problems to publish"
          icon="warning"
          tone="danger"
          wide
          onClose={() => setRefused(null)}
          footer={
            <button type="button" className="btn btn--primary" onClick={() => setRefused(null)} data-autofocus>
              OK
            </button>
          }
        >
          <p style={{ marginBottom: 12 }}>
            WhatsApp would refuse or mishandle this flow. Customers keep the live version until these {errors.length}{' '}
            {errors.length === 1 ? 'error is' : 'errors are'} fixed.
          </p>
          <ul className="publish-problems" data-testid="publish-refused">
            {errors.map((diagnostic, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
              <li key={index}>
                <button
                  type="button"
                  className="problem"
                  onClick={() => {
                    setRefused(null);
                    store.getState().focusDiagnostic(diagnostic);
                  }}
                >
                  <Icon name="error" size={16} className="problem__icon problem__icon--error" />
                  <span className="problem__text">
                    <span className="problem__message">{diagnostic.message}</span>
                    {diagnostic.hint ? <span className="problem__hint">{diagnostic.hint}</span> : null}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </Dialog>
      ) : null}
    </>
  );
}
