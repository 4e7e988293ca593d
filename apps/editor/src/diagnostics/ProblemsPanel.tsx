import { type Diagnostic, nodeDefinitions } from '@salesbot/graph';
import { useEditor, useEditorApi } from '../store/EditorStoreContext.tsx';
import { EmptyState } from '../ui/EmptyState.tsx';
import { Icon } from '../ui/Icon.tsx';
import { IconButton } from '../ui/IconButton.tsx';

/** The flow's problems, errors first: a click selects the step, opens its panel and focuses the field. */
export function ProblemsPanel({ onClose }: { onClose: () => void }) {
  const store = useEditorApi();
  const diagnostics = useEditor((state) => state.diagnostics);
  const nodesById = useEditor((state) => state.nodesById);
  const pending = useEditor((state) => state.validatedRevision < state.contentRevision);
  const sorted = [...diagnostics].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const where = (diagnostic: Diagnostic) => {
    if (diagnostic.nodeId) {
      const node = nodesById.get(diagnostic.nodeId);
      return node ? node.label || nodeDefinitions[node.type].label : diagnostic.nodeId;
    }
    if (diagnostic.triggerId) return 'Trigger';
    if (diagnostic.edgeId) return 'Connection';
    return 'Flow';
  };
  return (
    <section className="problems" aria-label="Problems" data-testid="problems-panel">
      <header className="problems__header">
        <h3>Problems</h3>
        <span className="badge badge--red">
          {errors} {errors === 1 ? 'error' : 'errors'}
        </span>
        <span className="badge badge--amber">
          {warnings} {warnings === 1 ? 'warning' : 'warnings'}
        </span>
        {pending ? <span className="problems__pending">checking…</span> : null}
        <span className="problems__spacer" />
        <IconButton icon="close" label="Close problems" size="sm" onClick={onClose} />
      </header>
      {sorted.length === 0 ? (
        <EmptyState icon="checkCircle" title="No problems">
          Every step is complete and every message fits WhatsApp’s rules. You can publish.
        </EmptyState>
      ) : (
        <ul className="problems__list">
          {sorted.map((diagnostic, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is recomputed as a whole
            <li key={index}>
              <button
                type="button"
                className="problem"
                data-code={diagnostic.code}
                onClick={() => store.getState().focusDiagnostic(diagnostic)}
              >
                <Icon
                  name={diagnostic.severity === 'error' ? 'error' : 'warning'}
                  size={16}
                  strokeWidth={2.1}
                  className={`problem__icon problem__icon--${diagnostic.severity}`}
                />
                <span className="problem__text">
                  <span className="problem__message">{diagnostic.message}</span>
                  {diagnostic.hint ? <span className="problem__hint">{diagnostic.hint}</span> : null}
                </span>
                <span className="problem__where">{where(diagnostic)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
