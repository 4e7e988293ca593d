import type { Duration, NodeOf } from '@salesbot/graph';
import { DurationField } from './fields/DurationField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';

/** Delay: how long to wait before the next step. */
export function DelayPanel({ node }: { node: NodeOf<'delay'> }) {
  const edit = useStepEditor(node.id);
  return (
    <DurationField
      label="Wait for"
      path="duration"
      value={node.data.duration}
      hint="Free-form messages after a long delay may find the 24-hour window closed: connect their “Window closed” output to a template."
      onChange={(duration) => edit.set('duration', duration ?? ({ amount: 1, unit: 'hours' } satisfies Duration))}
    />
  );
}
