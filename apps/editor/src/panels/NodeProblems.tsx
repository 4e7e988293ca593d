import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';

/** The problems of one step (or trigger) at the top of its panel; a click focuses the field. */
export function NodeProblems({ nodeId, triggerId }: { nodeId?: string; triggerId?: string }) {
  const store = useEditorApi();
  const problems = useEditor(
    useShallow((state) =>
      state.diagnostics.filter((d) =>
        nodeId ? d.nodeId === nodeId : triggerId ? d.triggerId === triggerId && !d.nodeId : false,
      ),
    ),
  );
  if (problems.length === 0) return null;
  return (
    <ul className="node-problems" aria-label="Problems of this step">
      {problems.map((problem, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a list recomputed as a whole
        <li key={index}>
          <button
            type="button"
            className={`node-problem node-problem--${problem.severity}`}
            onClick={() => store.getState().focusDiagnostic(problem)}
          >
            <Icon name={problem.severity === 'error' ? 'error' : 'warning'} size={14} strokeWidth={2.2} />
            <span>
              {problem.message}
              {problem.hint ? <span className="node-problem__hint">{problem.hint}</span> : null}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
