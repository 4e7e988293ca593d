import type { NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** Add tag: the tag put on the contact. */
export function AddTagPanel({ node }: { node: NodeOf<'addTag'> }) {
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
