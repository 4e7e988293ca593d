import { useEditor } from '../../store/EditorStoreContext.tsx';
import { useStepId } from './StepContext.tsx';

/** The messages of the current step's problems at exactly `path`, joined by new lines ('' when none). */
export function useFieldProblems(path: string | undefined): { message: string; severity: 'error' | 'warning' | null } {
  const nodeId = useStepId();
  const message = useEditor((state) => {
    if (!nodeId || !path) return '';
    let text = '';
    for (const d of state.diagnostics)
      if (d.nodeId === nodeId && d.path === path) text += (text ? '\n' : '') + d.message;
    return text;
  });
  const severity = useEditor((state) => {
    if (!nodeId || !path || !message) return null;
    return state.diagnostics.some((d) => d.nodeId === nodeId && d.path === path && d.severity === 'error')
      ? 'error'
      : 'warning';
  });
  return { message, severity };
}
