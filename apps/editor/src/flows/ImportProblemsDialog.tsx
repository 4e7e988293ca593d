import { Dialog } from '../ui/Dialog.tsx';
import type { FileProblem } from './readFlowFile.ts';

/** Why a file could not be imported, problem by problem with where it is. */
export function ImportProblemsDialog({
  fileName,
  problems,
  onClose,
}: {
  fileName: string;
  problems: FileProblem[];
  onClose: () => void;
}) {
  return (
    <Dialog
      title={`“${fileName}” cannot be imported`}
      icon="warning"
      tone="danger"
      wide
      onClose={onClose}
      footer={
        <button type="button" className="btn btn--primary" onClick={onClose} data-autofocus>
          OK
        </button>
      }
    >
      <p style={{ marginBottom: 12 }}>
        Fix {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} in the file and import it
        again.
      </p>
      <ul className="import-problems" data-testid="import-problems">
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <li key={index}>
            <code>{problem.where}</code>
            <span>{problem.message}</span>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
