import type { Graph } from '@salesbot/graph';
import { type ChangeEvent, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import type { FlowSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { newId } from '../graph/newId.ts';
import { navigate } from '../router/navigate.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { showToast } from '../ui/toasts.tsx';
import { downloadJson } from './downloadJson.ts';
import { FlowRow } from './FlowRow.tsx';
import { ImportProblemsDialog } from './ImportProblemsDialog.tsx';
import { NameDialog } from './NameDialog.tsx';
import { type FileProblem, readFlowFile } from './readFlowFile.ts';
import { useFlowList } from './useFlowList.ts';
import './flows.css';

type Dialogs =
  | { kind: 'create' }
  | { kind: 'rename'; flow: FlowSummary }
  | { kind: 'delete'; flow: FlowSummary }
  | { kind: 'importProblems'; fileName: string; problems: FileProblem[] }
  | { kind: 'importConflict'; graph: Graph }
  | null;

/** The workspace's flows: create, open, rename, duplicate, delete, import and export. */
export function FlowsPage() {
  const { state, reload } = useFlowList();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const run = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      showToast(errorMessage(error), 'error');
    }
  };

  const create = (name: string) =>
    run(async () => {
      const flow = await api.createFlow({ name });
      navigate(`/flows/${encodeURIComponent(flow.id)}`);
    });

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const result = readFlowFile(await file.text());
    if (!result.ok) {
      setDialog({ kind: 'importProblems', fileName: file.name, problems: result.problems });
      return;
    }
    try {
      await api.createFlow({ graph: result.graph });
      showToast(`Imported “${result.graph.name}”`);
      await reload();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setDialog({ kind: 'importConflict', graph: result.graph });
      } else if (error instanceof ApiError && error.status === 400) {
        setDialog({
          kind: 'importProblems',
          fileName: file.name,
          problems: [{ where: 'Server', message: error.message }],
        });
      } else {
        showToast(errorMessage(error), 'error');
      }
    }
  };

  const exportFlow = (flow: FlowSummary) =>
    run(async () => {
      const detail = await api.getFlow(flow.id);
      downloadJson(`${flow.id}.json`, detail.draft);
    });

  const flows = state.status === 'ready' ? state.flows : [];
  const visible = flows.filter((flow) => flow.name.toLowerCase().includes(query.trim().toLowerCase()));

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Flows</h1>
          <p className="page__subtitle">The bots that answer your customers on WhatsApp.</p>
        </div>
        <div className="page__actions">
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            hidden
            onChange={importFile}
            data-testid="import-input"
          />
          <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
            <Icon name="upload" size={16} />
            Import
          </button>
          <button type="button" className="btn btn--primary" onClick={() => setDialog({ kind: 'create' })}>
            <Icon name="plus" size={16} />
            New flow
          </button>
        </div>
      </header>

      <section className="card flows">
        {state.status === 'loading' ? (
          <div className="flows__loading">
            {[0, 1, 2].map((i) => (
              <div key={i} className="skeleton-row" />
            ))}
          </div>
        ) : state.status === 'error' ? (
          <EmptyState
            icon="cloudOff"
            title="The flows could not be loaded"
            actions={
              <button type="button" className="btn" onClick={() => void reload()}>
                Try again
              </button>
            }
          >
            {state.message}
          </EmptyState>
        ) : flows.length === 0 ? (
          <EmptyState
            icon="flows"
            title="Build your first bot"
            actions={
              <>
                <button type="button" className="btn btn--primary" onClick={() => setDialog({ kind: 'create' })}>
                  <Icon name="plus" size={16} />
                  New flow
                </button>
                <button type="button" className="btn" onClick={() => fileInput.current?.click()}>
                  <Icon name="upload" size={16} />
                  Import a file
                </button>
              </>
            }
          >
            A flow starts when a customer writes (or clicks your ad) and answers with messages, buttons and forms.
            Create one, or import a flow file.
          </EmptyState>
        ) : (
          <>
            <div className="flows__toolbar">
              <div className="search">
                <Icon name="search" size={16} />
                <input
                  className="input input--sm"
                  placeholder="Search flows"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  aria-label="Search flows"
                />
              </div>
              <span className="muted">
                {flows.length} {flows.length === 1 ? 'flow' : 'flows'}
              </span>
            </div>
            <table className="flows__table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Status</th>
                  <th>Problems</th>
                  <th className="flows__sessions-head" title="Sessions started in the last 7 days">
                    Sessions, 7 days
                  </th>
                  <th>Updated</th>
                  <th aria-label="Actions" />
                </tr>
              </thead>
              <tbody>
                {visible.map((flow) => (
                  <FlowRow
                    key={flow.id}
                    flow={flow}
                    onRename={() => setDialog({ kind: 'rename', flow })}
                    onDuplicate={() =>
                      run(async () => {
                        const copy = await api.duplicateFlow(flow.id);
                        showToast(`Duplicated as “${copy.name ?? `${flow.name} (copy)`}”`);
                        await reload();
                      })
                    }
                    onExport={() => exportFlow(flow)}
                    onDelete={() => setDialog({ kind: 'delete', flow })}
                  />
                ))}
              </tbody>
            </table>
            {visible.length === 0 ? <p className="flows__none">No flow matches “{query}”.</p> : null}
          </>
        )}
      </section>

      {dialog?.kind === 'create' ? (
        <NameDialog
          title="New flow"
          label="Name"
          confirmLabel="Create flow"
          onCancel={() => setDialog(null)}
          onSubmit={(name) => create(name)}
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <NameDialog
          title="Rename flow"
          label="Name"
          initial={dialog.flow.name}
          confirmLabel="Rename"
          onCancel={() => setDialog(null)}
          onSubmit={(name) =>
            run(async () => {
              await api.renameFlow(dialog.flow.id, name);
              setDialog(null);
              await reload();
            })
          }
        />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog
          title={`Delete “${dialog.flow.name}”?`}
          confirmLabel="Delete flow"
          tone="danger"
          busy={busy}
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            run(async () => {
              setBusy(true);
              try {
                await api.deleteFlow(dialog.flow.id);
                showToast(`Deleted “${dialog.flow.name}”`);
                setDialog(null);
                await reload();
              } finally {
                setBusy(false);
              }
            })
          }
        >
          The draft and its history are deleted. Conversations already running on a published version finish on it.
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'importProblems' ? (
        <ImportProblemsDialog fileName={dialog.fileName} problems={dialog.problems} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'importConflict' ? (
        <ConfirmDialog
          title="This flow already exists"
          confirmLabel="Import as a copy"
          onCancel={() => setDialog(null)}
          onConfirm={() =>
            run(async () => {
              const taken = new Set(flows.map((flow) => flow.id));
              const graph = dialog.graph;
              const id = newId(graph.id.slice(0, 40), taken);
              await api.createFlow({ graph: { ...graph, id, name: `${graph.name} (imported)` } });
              setDialog(null);
              showToast(`Imported as “${graph.name} (imported)”`);
              await reload();
            })
          }
        >
          A flow with the id <code>{dialog.graph.id}</code> is already in this workspace. Import the file as a new flow
          next to it?
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
