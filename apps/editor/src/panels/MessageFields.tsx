import { type InteractiveHeader, LIMITS } from '@salesbot/graph';
import { InteractiveHeaderField } from './fields/InteractiveHeaderField.tsx';
import type { StepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

/** The text parts of an interactive message, as the step's data holds them. */
interface Message<Header> {
  header?: Header;
  body: string;
  footer?: string;
}

export type MessageFieldsProps = {
  set: StepEditor['set'];
  /** Height of the message box in lines. */
  bodyRows?: number;
  bodyPlaceholder?: string;
} & (
  | { headerKind: 'interactive'; message: Message<InteractiveHeader> }
  | { headerKind: 'text'; headerVariables?: boolean; message: Message<string> }
);

/**
 * The header, message and footer of an interactive message (buttons, list, link, Flow), each with its WhatsApp
 * limit counter. The header is typed (text or media) or, for lists and Flows, plain optional text. Edits go through
 * `set` at `header`, `body` and `footer`; an emptied optional text is removed from the step rather than kept as ''.
 */
export function MessageFields(props: MessageFieldsProps) {
  const { set, message, bodyRows = 4, bodyPlaceholder } = props;
  const orNothing = (text: string) => (text === '' ? undefined : text);
  return (
    <>
      {props.headerKind === 'interactive' ? (
        <InteractiveHeaderField value={props.message.header} onChange={(header) => set('header', header)} />
      ) : (
        <TextField
          label="Header"
          path="header"
          value={props.message.header}
          limit={LIMITS.interactiveHeaderText}
          optional
          variables={props.headerVariables}
          onChange={(header) => set('header', orNothing(header))}
        />
      )}
      <TextField
        label="Message"
        path="body"
        value={message.body}
        limit={LIMITS.interactiveBody}
        multiline
        rows={bodyRows}
        variables
        placeholder={bodyPlaceholder}
        onChange={(body) => set('body', body)}
      />
      <TextField
        label="Footer"
        path="footer"
        value={message.footer}
        limit={LIMITS.interactiveFooter}
        optional
        onChange={(footer) => set('footer', orNothing(footer))}
      />
    </>
  );
}
