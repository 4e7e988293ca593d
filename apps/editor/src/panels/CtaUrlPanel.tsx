import { LIMITS, type NodeOf } from '@salesbot/graph';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { MessageFields } from './MessageFields.tsx';

/** Link button message: header, body, footer, the button's text and its URL. */
export function CtaUrlPanel({ node }: { node: NodeOf<'ctaUrl'> }) {
  const edit = useStepEditor(node.id);
  const data = node.data;
  return (
    <>
      <MessageFields headerKind="interactive" message={data} set={edit.set} />
      <TextField
        label="Button text"
        path="displayText"
        value={data.displayText}
        limit={LIMITS.ctaDisplayText}
        onChange={(text) => edit.set('displayText', text)}
      />
      <TextField
        label="Link"
        path="url"
        value={data.url}
        type="url"
        variables
        placeholder="https://example.com/book"
        hint="A tap opens the link and tells the bot nothing, so the flow moves on at once."
        onChange={(url) => edit.set('url', url)}
      />
    </>
  );
}
