import { type ChangeEvent, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import { Icon } from '../ui/Icon.tsx';
import { broadcastsApi } from './broadcastsApi.ts';
import type { ListUpload } from './broadcastTypes.ts';

type State =
  | { kind: 'idle' }
  | { kind: 'checking'; fileName: string }
  | { kind: 'checked'; fileName: string; csv: string; report: ListUpload; problems: boolean }
  | { kind: 'imported'; fileName: string; report: ListUpload }
  | { kind: 'failed'; message: string };

/**
 * Uploads contacts as CSV: the file is checked first (every bad row listed with its line), then imported — all of
 * it, or only its valid rows when some have problems — as a list that becomes the audience.
 */
export function CsvUpload({ listId, onList }: { listId: string | undefined; onList: (listId: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setState({ kind: 'checking', fileName: file.name });
    const csv = await file.text();
    try {
      const report = await broadcastsApi.uploadList({ csv, dryRun: true });
      setState({ kind: 'checked', fileName: file.name, csv, report, problems: false });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'invalid_csv' && error.details) {
        setState({ kind: 'checked', fileName: file.name, csv, report: error.details as ListUpload, problems: true });
      } else setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  const importFile = async (csv: string, fileName: string, skipInvalid: boolean) => {
    try {
      const report = await broadcastsApi.uploadList({ csv, name: fileName, skipInvalid });
      setState({ kind: 'imported', fileName, report });
      if (report.listId) onList(report.listId);
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };

  return (
    <div className="bc-csv">
      <input ref={input} type="file" accept=".csv,text/csv" hidden onChange={choose} data-testid="csv-input" />
      <div className="bc-row">
        <button type="button" className="btn" onClick={() => input.current?.click()}>
          <Icon name="upload" size={16} /> Choose a CSV file
        </button>
        <span className="muted bc-note">
          A header row; a <code>phone</code> column in international format (+34 600 111 222); optional{' '}
          <code>name</code>, <code>opt_in</code> (yes / no / opted_out), <code>tags</code>; other columns become contact
          fields.
        </span>
      </div>
      {state.kind === 'checking' ? <p className="muted">Checking {state.fileName}…</p> : null}
      {state.kind === 'failed' ? <p className="bc-problem">{state.message}</p> : null}
      {state.kind === 'checked' ? (
        <div className="bc-csv__report">
          <p>
            <strong>{state.fileName}</strong>: {state.report.rows.toLocaleString()} rows,{' '}
            {state.report.valid.toLocaleString()} contacts ({state.report.optedIn.toLocaleString()} opted in)
            {state.report.duplicates.length > 0
              ? `, ${state.report.duplicates.length} duplicate row${state.report.duplicates.length === 1 ? '' : 's'} merged`
              : ''}
            .
          </p>
          {state.problems ? (
            <>
              <p className="bc-problem">
                {state.report.errorCount} row{state.report.errorCount === 1 ? ' has a problem' : 's have problems'}:
              </p>
              <table className="bc-table bc-table--compact" data-testid="csv-errors">
                <thead>
                  <tr>
                    <th>Line</th>
                    <th>Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {state.report.errors.map((error, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a line may have several problems
                    <tr key={index}>
                      <td>{error.line}</td>
                      <td>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <div className="bc-row">
            {state.report.valid > 0 && !state.report.errors.some((error) => error.line === 1) ? (
              <button
                type="button"
                className="btn btn--primary"
                onClick={() => void importFile(state.csv, state.fileName, state.problems)}
              >
                {state.problems
                  ? `Import the ${state.report.valid.toLocaleString()} valid contacts`
                  : `Import ${state.report.valid.toLocaleString()} contacts`}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      {state.kind === 'imported' || (state.kind === 'idle' && listId) ? (
        <p className="bc-ok">
          <Icon name="checkCircle" size={16} />{' '}
          {state.kind === 'imported'
            ? `Imported ${state.fileName}: ${state.report.created ?? 0} new contacts, ${state.report.updated ?? 0} updated.`
            : 'A list is chosen.'}
        </p>
      ) : null}
    </div>
  );
}
