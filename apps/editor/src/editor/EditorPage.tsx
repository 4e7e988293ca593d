import { ReactFlowProvider } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import { api } from '../auth/session.ts';
import { downloadJson } from '../flows/downloadJson.ts';
import type { FileProblem } from '../flows/readFlowFile.ts';
import { type AutosaveHook, attachAutosave } from '../persistence/attachAutosave.ts';
import { Link } from '../router/Link.tsx';
import { createEditorStore, type EditorStore } from '../store/createEditorStore.ts';
import { EditorStoreProvider } from '../store/EditorStoreContext.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { attachValidation } from '../validation/attachValidation.ts';
import { createValidator } from '../validation/createValidator.ts';
import { EditorLayout } from './EditorLayout.tsx';
import { openFlowGraph } from './openFlowGraph.ts';
import { loadWorkspaceRefs, validationOptions } from './validationOptions.ts';
import './editor.css';

type Session =
  | { status: 'loading' }
  | { status: 'error'; title: string; message: string; problems?: FileProblem[]; draft?: unknown }
  | { status: 'ready'; store: EditorStore; autosave: AutosaveHook };

/** `/flows/:id`: loads the flow, wires validation and autosave to a fresh store, and shows the editor. */
export function EditorPage({ flowId }: { flowId: string }) {
  const [session, setSession] = useState<Session>({ status: 'loading' });

  useEffect(() => {
    let disposed = false;
    let opened: AutosaveHook | null = null;
    const cleanups: (() => void)[] = [];
    setSession({ status: 'loading' });
    (async () => {
      try {
        const flow = await api.getFlow(flowId);
        if (disposed) return;
        const draft = openFlowGraph(flow.draft);
        if (!draft.ok) {
          setSession({
            status: 'error',
            title: 'This draft cannot be opened',
            message: 'It does not match the flow format. Export it, fix the problems below, and import it again.',
            problems: draft.problems,
            draft: flow.draft,
          });
          return;
        }
        const store = createEditorStore(draft.graph);
        store.getState().setPersistence({ flowId, updatedAt: flow.updatedAt, publishedVersion: flow.publishedVersion });
        const validator = createValidator();
        const validation = attachValidation(store, validator.validate, validationOptions);
        const autosave = attachAutosave(store, (graph, base) => api.saveDraft(flowId, graph, base));
        opened = autosave;
        // For the browser tests and the bench: the open editor's store.
        (window as { salesbotEditor?: unknown }).salesbotEditor = { store };
        cleanups.push(
          loadWorkspaceRefs(() => validation.revalidate()),
          validation.dispose,
          validator.dispose,
          autosave.dispose,
        );
        setSession({ status: 'ready', store, autosave });
      } catch (error) {
        if (disposed) return;
        setSession(
          error instanceof ApiError && error.status === 404
            ? { status: 'error', title: 'Flow not found', message: `There is no flow “${flowId}” in this workspace.` }
            : { status: 'error', title: 'The flow could not be loaded', message: errorMessage(error) },
        );
      }
    })();
    return () => {
      disposed = true;
      // Unsaved edits still go out when leaving the page.
      void opened?.flush();
      for (const cleanup of cleanups) cleanup();
    };
  }, [flowId]);

  if (session.status === 'loading') {
    return (
      <div className="editor-loading">
        <span className="spinner" /> Opening flow…
      </div>
    );
  }
  if (session.status === 'error') {
    return (
      <div className="page">
        <div className="card">
          <EmptyState
            icon="warning"
            title={session.title}
            actions={
              <>
                <Link to="/flows" className="btn">
                  Back to flows
                </Link>
                {session.draft ? (
                  <button type="button" className="btn" onClick={() => downloadJson(`${flowId}.json`, session.draft)}>
                    Export the draft
                  </button>
                ) : null}
              </>
            }
          >
            {session.message}
            {session.problems ? (
              <ul className="import-problems" style={{ marginTop: 12, textAlign: 'left' }}>
                {session.problems.map((problem, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
                  <li key={index}>
                    <code>{problem.where}</code>
                    <span>{problem.message}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </EmptyState>
        </div>
      </div>
    );
  }
  return (
    <EditorStoreProvider store={session.store}>
      <ReactFlowProvider>
        <EditorLayout autosave={session.autosave} />
      </ReactFlowProvider>
    </EditorStoreProvider>
  );
}
