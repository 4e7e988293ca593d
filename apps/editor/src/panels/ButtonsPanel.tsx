import { LIMITS, type NodeOf } from '@salesbot/graph';
import { newId } from '../graph/newId.ts';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { ReplyHandlingFields } from './fields/ReplyHandlingFields.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { MessageFields } from './MessageFields.tsx';

type Data = NodeOf<'buttons'>['data'];

/** Reply buttons: header, body, footer, 1–3 buttons (each its own path), and what to do with other answers. */
export function ButtonsPanel({ node }: { node: NodeOf<'buttons'> }) {
  const edit = useStepEditor(node.id);
  const data = node.data;
  const update = (fn: (data: Data) => Data) => edit.update((d) => fn(d as Data));
  return (
    <>
      <MessageFields
        headerKind="interactive"
        message={data}
        set={edit.set}
        bodyPlaceholder="Would you like to book a demo?"
      />
      <ItemList
        label="Buttons"
        path="buttons"
        items={data.buttons}
        max={LIMITS.buttonsMax}
        addLabel="Add button"
        hint="Each button gets its own output on the canvas."
        itemTitle={(_, index) => `Button ${index + 1}`}
        onAdd={() =>
          update((d) => ({
            ...d,
            buttons: [
              ...d.buttons,
              { id: newId('btn', new Set(d.buttons.map((b) => b.id))), title: `Option ${d.buttons.length + 1}` },
            ],
          }))
        }
        onRemove={(index) => update((d) => ({ ...d, buttons: d.buttons.filter((_, i) => i !== index) }))}
        onMove={(from, to) => update((d) => ({ ...d, buttons: moveItem(d.buttons, from, to) }))}
        renderItem={(button, index) => (
          <TextField
            label="Title"
            path={`buttons.${index}.title`}
            value={button.title}
            limit={LIMITS.buttonTitle}
            onChange={(title) => edit.set(`buttons.${index}.title`, title)}
          />
        )}
      />
      <ReplyHandlingFields value={data} set={edit.set} />
    </>
  );
}
