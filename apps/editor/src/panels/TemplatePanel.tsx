import type { NodeOf } from '@salesbot/graph';
import { templateParams, templateToStepData } from '../templates/templateToStepData.ts';
import { Field } from './fields/Field.tsx';
import { MediaSourceFields } from './fields/InteractiveHeaderField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { TimeoutField } from './fields/TimeoutField.tsx';
import { TemplateChoice } from './TemplateChoice.tsx';
import { TemplateParamsFields } from './TemplateParamsFields.tsx';
import { useTemplatePicker } from './useTemplatePicker.tsx';

type Data = NodeOf<'template'>['data'];

/** Template step: choose an approved template, then fill its parameters. Its text is the approved one. */
export function TemplatePanel({ node }: { node: NodeOf<'template'> }) {
  const edit = useStepEditor(node.id);
  const picker = useTemplatePicker('custom', (template) => edit.update((d) => templateToStepData(template, d as Data)));
  const data = node.data;
  const quickReplies = data.buttons.filter((button) => button.type === 'quickReply');
  return (
    <>
      <TemplateChoice name={data.name} language={data.language} category={data.category} onChoose={picker.open} />
      {picker.dialog}
      {data.name ? (
        <>
          {data.header?.format === 'text' ? (
            <TemplateParamsFields
              title="Header parameter"
              path="header.params"
              params={data.header.params.length > 0 ? data.header.params : templateParams(data.header.text)}
              onChange={(index, value) => edit.set(`header.params.${index}.value`, value)}
            />
          ) : null}
          {data.header &&
          (data.header.format === 'image' || data.header.format === 'video' || data.header.format === 'document') ? (
            <Field label={`Header ${data.header.format}`} path="header">
              <MediaSourceFields
                path="header"
                link={data.header.link}
                mediaId={data.header.mediaId}
                onChange={(source) =>
                  edit.update((d) => {
                    const current = d as Data;
                    const header = current.header;
                    if (!header || header.format === 'text' || header.format === 'location') return current;
                    return { ...current, header: { format: header.format, ...source } };
                  })
                }
              />
            </Field>
          ) : null}
          <TemplateParamsFields
            title="Body parameters"
            path="bodyParams"
            params={data.bodyParams}
            onChange={(index, value) => edit.set(`bodyParams.${index}.value`, value)}
          />
          {data.buttons.map((button, index) =>
            button.type === 'url' && button.param !== undefined ? (
              <TextField
                // biome-ignore lint/suspicious/noArrayIndexKey: buttons are positional
                key={index}
                label={`“${button.text}” link ending`}
                path={`buttons.${index}.param`}
                value={button.param}
                variables
                hint={button.url}
                onChange={(value) => edit.set(`buttons.${index}.param`, value)}
              />
            ) : button.type === 'copyCode' ? (
              <TextField
                // biome-ignore lint/suspicious/noArrayIndexKey: buttons are positional
                key={index}
                label={`“${button.text}” code`}
                path={`buttons.${index}.code`}
                value={button.code}
                variables
                onChange={(value) => edit.set(`buttons.${index}.code`, value)}
              />
            ) : null,
          )}
          {quickReplies.length > 0 ? (
            <>
              <Field
                label="Quick replies"
                hint="Each quick reply has its own output on the canvas. Any other answer takes “Invalid answer”."
              >
                <ul className="readonly-list">
                  {quickReplies.map((button) => (
                    <li key={button.id}>
                      {button.text} <code>{button.id}</code>
                    </li>
                  ))}
                </ul>
              </Field>
              <TimeoutField value={data.timeout} set={edit.set} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
