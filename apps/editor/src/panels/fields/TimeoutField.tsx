import type { Duration } from '@salesbot/graph';
import { DurationField } from './DurationField.tsx';
import type { StepEditor } from './StepContext.tsx';

/** “Stop waiting after”: the optional timeout of a step that waits for the customer, edited at `timeout`. */
export function TimeoutField({
  value,
  set,
  hint,
}: {
  value: Duration | undefined;
  set: StepEditor['set'];
  hint?: string;
}) {
  return (
    <DurationField
      label="Stop waiting after"
      path="timeout"
      value={value}
      optional
      hint={hint}
      onChange={(timeout) => set('timeout', timeout)}
    />
  );
}
