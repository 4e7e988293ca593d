import { useEditor } from '../store/EditorStoreContext.tsx';
import { Icon } from '../ui/Icon.tsx';

/** The number of problems of a step (or trigger), red with errors, amber with warnings only. */
export function ProblemBadge({ targetKey }: { targetKey: string }) {
  const errors = useEditor((state) => state.problemCounts.get(targetKey)?.errors ?? 0);
  const warnings = useEditor((state) => state.problemCounts.get(targetKey)?.warnings ?? 0);
  if (errors + warnings === 0) return null;
  const label = [
    errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <span className={`problem-badge${errors ? ' problem-badge--error' : ' problem-badge--warning'}`} title={label}>
      <Icon name={errors ? 'error' : 'warning'} size={12} strokeWidth={2.4} />
      <span aria-hidden="true">{errors + warnings}</span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
