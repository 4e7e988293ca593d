import type { NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** Add tag and Remove tag: the one tag put on, or taken off, the contact. */
export function TagPanel({ node }: { node: NodeOf<'addTag'> | NodeOf<'removeTag'> }) {
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
