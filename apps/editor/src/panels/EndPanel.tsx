import type { NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** End: why the bot stops here (kept in the session's trace). */
export function EndPanel({ node }: { node: NodeOf<'end'> }) {
  const edit = useStepEditor(node.id);
  return (
    <TextField
      label="Reason"
      path="reason"
      value={node.data.reason}
      optional
      placeholder="Qualified lead handed to sales"
      hint="Shown in the conversation's trace; the customer never sees it."
      onChange={(v) => edit.set('reason', v || undefined)}
    />
  );
}
