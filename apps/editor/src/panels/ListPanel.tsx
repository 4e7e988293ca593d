import { LIMITS, listRows, type NodeOf } from '@salesbot/graph';
import { newId } from '../graph/newId.ts';
import { Field } from './fields/Field.tsx';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { ReplyHandlingFields } from './fields/ReplyHandlingFields.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { MessageFields } from './MessageFields.tsx';

type Data = NodeOf<'list'>['data'];

/** List message: header, body, footer, the list button, and sections of rows (10 rows in total). */
export function ListPanel({ node }: { node: NodeOf<'list'> }) {
  const edit = useStepEditor(node.id);
  const data = node.data;
  const update = (fn: (data: Data) => Data) => edit.update((d) => fn(d as Data));
  const totalRows = listRows(data).length;
  const rowIds = () => new Set(listRows(node.data).map((row) => row.id));
  return (
    <>
      <MessageFields headerKind="text" headerVariables message={data} set={edit.set} />
      <TextField
        label="List button"
        path="buttonLabel"
        value={data.buttonLabel}
        limit={LIMITS.listButtonLabel}
        placeholder="See options"
        onChange={(label) => edit.set('buttonLabel', label)}
      />
      <Field
        label="Rows in total"
        limit={LIMITS.listRowsTotal}
        count={totalRows}
        hint="WhatsApp shows at most 10 rows across all sections."
      >
        <span />
      </Field>
      <ItemList
        label="Sections"
        path="sections"
        items={data.sections}
        max={LIMITS.listSectionsMax}
        addLabel="Add section"
        itemTitle={(section, index) => section.title || `Section ${index + 1}`}
        addDisabled={totalRows >= LIMITS.listRowsTotal}
        onAdd={() =>
          update((d) => ({
            ...d,
            sections: [
              ...d.sections,
              { title: `Section ${d.sections.length + 1}`, rows: [{ id: newId('row', rowIds()), title: 'Option' }] },
            ],
          }))
        }
        onRemove={(index) => update((d) => ({ ...d, sections: d.sections.filter((_, i) => i !== index) }))}
        onMove={(from, to) => update((d) => ({ ...d, sections: moveItem(d.sections, from, to) }))}
        renderItem={(section, s) => (
          <>
            <TextField
              label="Section title"
              path={`sections.${s}.title`}
              value={section.title}
              limit={LIMITS.listSectionTitle}
              optional={data.sections.length === 1}
              hint={data.sections.length > 1 ? 'Required when there is more than one section.' : undefined}
              onChange={(title) => edit.set(`sections.${s}.title`, title === '' ? undefined : title)}
            />
            <ItemList
              label="Rows"
              path={`sections.${s}.rows`}
              items={section.rows}
              addLabel="Add row"
              addDisabled={totalRows >= LIMITS.listRowsTotal}
              itemTitle={(row, index) => row.title || `Row ${index + 1}`}
              onAdd={() =>
                update((d) => ({
                  ...d,
                  sections: d.sections.map((sec, i) =>
                    i === s
                      ? {
                          ...sec,
                          rows: [...sec.rows, { id: newId('row', rowIds()), title: `Option ${totalRows + 1}` }],
                        }
                      : sec,
                  ),
                }))
              }
              onRemove={(index) =>
                update((d) => ({
                  ...d,
                  sections: d.sections.map((sec, i) =>
                    i === s ? { ...sec, rows: sec.rows.filter((_, r) => r !== index) } : sec,
                  ),
                }))
              }
              onMove={(from, to) =>
                update((d) => ({
                  ...d,
                  sections: d.sections.map((sec, i) =>
                    i === s ? { ...sec, rows: moveItem(sec.rows, from, to) } : sec,
                  ),
                }))
              }
              renderItem={(row, r) => (
                <>
                  <TextField
                    label="Title"
                    path={`sections.${s}.rows.${r}.title`}
                    value={row.title}
                    limit={LIMITS.listRowTitle}
                    onChange={(title) => edit.set(`sections.${s}.rows.${r}.title`, title)}
                  />
                  <TextField
                    label="Description"
                    path={`sections.${s}.rows.${r}.description`}
                    value={row.description}
                    limit={LIMITS.listRowDescription}
                    optional
                    onChange={(text) => edit.set(`sections.${s}.rows.${r}.description`, text === '' ? undefined : text)}
                  />
                </>
              )}
            />
          </>
        )}
      />
      <ReplyHandlingFields value={data} set={edit.set} />
    </>
  );
}
