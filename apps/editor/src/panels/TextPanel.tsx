import { LIMITS, type NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { ToggleField } from './fields/ToggleField.tsx';

/** Text message: the body (with formatting and variables) and link previews. */
export function TextPanel({ node }: { node: NodeOf<'text'> }) {
  const edit = useStepEditor(node.id);
  return (
    <>
      <TextField
        label="Message"
        path="body"
        value={node.data.body}
        limit={LIMITS.textBody}
        multiline
        rows={6}
        variables
        placeholder="Hi {{contact.first_name}}! 👋 How can we help?"
        hint="*bold*, _italic_, ~strikethrough~ and ```monospace``` work as in WhatsApp."
        onChange={(body) => edit.set('body', body)}
      />
      <ToggleField
        label="Show a preview of the first link"
        path="previewUrl"
        checked={node.data.previewUrl ?? false}
        onChange={(checked) => edit.set('previewUrl', checked || undefined)}
      />
    </>
  );
}
