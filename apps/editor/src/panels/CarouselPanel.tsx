import type { NodeOf } from '@salesbot/graph';
import { templateToCarouselData } from '../templates/templateToStepData.ts';
import { Field } from './fields/Field.tsx';
import { MediaSourceFields } from './fields/InteractiveHeaderField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { TimeoutField } from './fields/TimeoutField.tsx';
import { TemplateChoice } from './TemplateChoice.tsx';
import { TemplateParamsFields } from './TemplateParamsFields.tsx';
import { useTemplatePicker } from './useTemplatePicker.tsx';

/** Carousel step: a marketing carousel template, its body parameters and each card's media and parameters. */
export function CarouselPanel({ node }: { node: NodeOf<'carousel'> }) {
  const edit = useStepEditor(node.id);
  const picker = useTemplatePicker('carousel', (template) => edit.update(() => templateToCarouselData(template)));
  const data = node.data;
  const hasQuickReplies = data.cards.some((card) => card.buttons.some((button) => button.type === 'quickReply'));
  return (
    <>
      <TemplateChoice name={data.name} language={data.language} category={data.category} onChoose={picker.open} />
      {picker.dialog}
      <TemplateParamsFields
        title="Body parameters"
        path="bodyParams"
        params={data.bodyParams}
        onChange={(index, value) => edit.set(`bodyParams.${index}.value`, value)}
      />
      {data.cards.map((card, c) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: cards are positional
        <details key={c} className="psection" open={c === 0}>
          <summary className="psection__title">Card {c + 1}</summary>
          <Field label={`Card ${card.header.format}`} path={`cards.${c}.header`}>
            <MediaSourceFields
              path={`cards.${c}.header`}
              link={card.header.link}
              mediaId={card.header.mediaId}
              onChange={(source) => edit.set(`cards.${c}.header`, { format: card.header.format, ...source })}
            />
          </Field>
          <TemplateParamsFields
            title="Card parameters"
            path={`cards.${c}.bodyParams`}
            params={card.bodyParams}
            onChange={(index, value) => edit.set(`cards.${c}.bodyParams.${index}.value`, value)}
          />
          {card.buttons.map((button, b) =>
            button.type === 'url' && button.param !== undefined ? (
              <TextField
                // biome-ignore lint/suspicious/noArrayIndexKey: buttons are positional
                key={b}
                label={`“${button.text}” link ending`}
                path={`cards.${c}.buttons.${b}.param`}
                value={button.param}
                variables
                onChange={(value) => edit.set(`cards.${c}.buttons.${b}.param`, value)}
              />
            ) : null,
          )}
        </details>
      ))}
      {hasQuickReplies ? <TimeoutField value={data.timeout} set={edit.set} /> : null}
    </>
  );
}
