import type { NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** Remove tag: the tag taken off the contact. */
export function RemoveTagPanel({ node }: { node: NodeOf<'removeTag'> }) {
  const edit = useStepEditor(node.id);
  return (
    <TextField
      label="Tag"
      path="tag"
      value={node.data.tag}
      placeholder="hot-lead"
      onChange={(v) => edit.set('tag', v)}
    />
  );
}
