import { LIMITS, type NodeOf } from '@salesbot/graph';
import { InteractiveHeaderField } from './fields/InteractiveHeaderField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** Link button message: header, body, footer, the button's text and its URL. */
export function CtaUrlPanel({ node }: { node: NodeOf<'ctaUrl'> }) {
  const edit = useStepEditor(node.id);
  const data = node.data;
  return (
    <>
      <InteractiveHeaderField value={data.header} onChange={(header) => edit.set('header', header)} />
      <TextField
        label="Message"
        path="body"
        value={data.body}
        limit={LIMITS.interactiveBody}
        multiline
        rows={4}
        variables
        onChange={(body) => edit.set('body', body)}
      />
      <TextField
        label="Footer"
        path="footer"
        value={data.footer}
        limit={LIMITS.interactiveFooter}
        optional
        onChange={(footer) => edit.set('footer', footer === '' ? undefined : footer)}
      />
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
