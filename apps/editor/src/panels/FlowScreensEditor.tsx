import { type FlowField, type FlowFieldType, type FlowScreen, flowFieldTypes, LIMITS } from '@salesbot/graph';
import { newId } from '../graph/newId.ts';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';
import { ToggleField } from './fields/ToggleField.tsx';

const FIELD_LABELS: Record<FlowFieldType, string> = {
  textInput: 'Short text',
  textArea: 'Long text',
  dropdown: 'Dropdown',
  radioGroup: 'Single choice',
  checkboxGroup: 'Multiple choice',
  datePicker: 'Date',
};

export interface FlowScreensEditorProps {
  screens: FlowScreen[];
  set: (path: string, value: unknown) => void;
  update: (fn: (screens: FlowScreen[]) => FlowScreen[]) => void;
}

/** The screens of a WhatsApp Flow and the fields on each (six kinds), with options for the choice fields. */
export function FlowScreensEditor({ screens, set, update }: FlowScreensEditorProps) {
  return (
    <ItemList
      label="Screens"
      path="screens"
      items={screens}
      max={LIMITS.flowScreensMax}
      addLabel="Add screen"
      itemTitle={(screen, index) => `${index + 1}. ${screen.title || screen.id}`}
      onAdd={() =>
        update((list) => [
          ...list,
          { id: uniqueScreenId(list), title: `Screen ${list.length + 1}`, fields: [], submitLabel: 'Continue' },
        ])
      }
      onRemove={(index) => update((list) => list.filter((_, i) => i !== index))}
      onMove={(from, to) => update((list) => moveItem(list, from, to))}
      renderItem={(screen, s) => (
        <>
          <div className="row2">
            <TextField
              label="Title"
              path={`screens.${s}.title`}
              value={screen.title}
              onChange={(v) => set(`screens.${s}.title`, v)}
            />
            <TextField
              label="Screen id"
              path={`screens.${s}.id`}
              value={screen.id}
              mono
              onChange={(v) => set(`screens.${s}.id`, v.toUpperCase().replace(/[^A-Z0-9_]/g, '_'))}
            />
          </div>
          <TextField
            label="Button"
            path={`screens.${s}.submitLabel`}
            value={screen.submitLabel}
            optional
            placeholder={s === screens.length - 1 ? 'Submit' : 'Continue'}
            onChange={(v) => set(`screens.${s}.submitLabel`, v === '' ? undefined : v)}
          />
          <ItemList
            label="Fields"
            path={`screens.${s}.fields`}
            items={screen.fields}
            max={LIMITS.flowFieldsPerScreen}
            addLabel="Add field"
            itemTitle={(field) => `${FIELD_LABELS[field.type]} · ${field.label || field.name}`}
            onAdd={() =>
              update((list) =>
                list.map((sc, i) =>
                  i === s
                    ? {
                        ...sc,
                        fields: [
                          ...sc.fields,
                          {
                            type: 'textInput',
                            name: `field_${allFieldCount(list) + 1}`,
                            label: 'Your answer',
                            required: false,
                            inputType: 'text',
                          },
                        ],
                      }
                    : sc,
                ),
              )
            }
            onRemove={(index) =>
              update((list) =>
                list.map((sc, i) => (i === s ? { ...sc, fields: sc.fields.filter((_, f) => f !== index) } : sc)),
              )
            }
            onMove={(from, to) =>
              update((list) => list.map((sc, i) => (i === s ? { ...sc, fields: moveItem(sc.fields, from, to) } : sc)))
            }
            renderItem={(field, f) => <FlowFieldEditor field={field} path={`screens.${s}.fields.${f}`} set={set} />}
          />
        </>
      )}
    />
  );
}

function FlowFieldEditor({
  field,
  path,
  set,
}: {
  field: FlowField;
  path: string;
  set: (path: string, value: unknown) => void;
}) {
  return (
    <>
      <SelectField
        label="Kind"
        path={`${path}.type`}
        value={field.type}
        options={flowFieldTypes.map((type) => ({ value: type, label: FIELD_LABELS[type] }))}
        onChange={(type) => set(path, convertField(field, type))}
      />
      <div className="row2">
        <TextField
          label="Label"
          path={`${path}.label`}
          value={field.label}
          limit={LIMITS.flowFieldLabel}
          onChange={(v) => set(`${path}.label`, v)}
        />
        <TextField
          label="Answer key"
          path={`${path}.name`}
          value={field.name}
          mono
          onChange={(v) => set(`${path}.name`, v.replace(/[^A-Za-z0-9_]/g, '_'))}
        />
      </div>
      {field.type === 'textInput' ? (
        <SelectField
          label="Input"
          path={`${path}.inputType`}
          value={field.inputType}
          options={[
            { value: 'text', label: 'Text' },
            { value: 'number', label: 'Number' },
            { value: 'email', label: 'Email' },
            { value: 'phone', label: 'Phone' },
            { value: 'password', label: 'Password' },
          ]}
          onChange={(v) => set(`${path}.inputType`, v)}
        />
      ) : null}
      {field.type === 'dropdown' || field.type === 'radioGroup' || field.type === 'checkboxGroup' ? (
        <ItemList
          label="Options"
          path={`${path}.options`}
          items={field.options}
          max={LIMITS.flowOptionsMax}
          addLabel="Add option"
          itemTitle={(option, index) => option.title || `Option ${index + 1}`}
          onAdd={() =>
            set(`${path}.options`, [
              ...field.options,
              {
                id: newId('opt', new Set(field.options.map((o) => o.id))),
                title: `Option ${field.options.length + 1}`,
              },
            ])
          }
          onRemove={(index) =>
            set(
              `${path}.options`,
              field.options.filter((_, i) => i !== index),
            )
          }
          onMove={(from, to) => set(`${path}.options`, moveItem(field.options, from, to))}
          renderItem={(option, o) => (
            <TextField
              label="Title"
              path={`${path}.options.${o}.title`}
              value={option.title}
              limit={LIMITS.flowOptionTitle}
              onChange={(v) => set(`${path}.options.${o}.title`, v)}
            />
          )}
        />
      ) : null}
      {field.type === 'datePicker' ? (
        <div className="row2">
          <TextField
            label="From"
            path={`${path}.minDate`}
            value={field.minDate}
            optional
            placeholder="2025-01-01"
            onChange={(v) => set(`${path}.minDate`, v || undefined)}
          />
          <TextField
            label="Until"
            path={`${path}.maxDate`}
            value={field.maxDate}
            optional
            placeholder="2025-12-31"
            onChange={(v) => set(`${path}.maxDate`, v || undefined)}
          />
        </div>
      ) : null}
      <TextField
        label="Help text"
        path={`${path}.helperText`}
        value={field.helperText}
        optional
        onChange={(v) => set(`${path}.helperText`, v === '' ? undefined : v)}
      />
      <ToggleField
        label="Required"
        path={`${path}.required`}
        checked={field.required}
        onChange={(v) => set(`${path}.required`, v)}
      />
    </>
  );
}

/** The field as another kind, keeping what the kinds share. */
function convertField(field: FlowField, type: FlowFieldType): FlowField {
  const base = {
    name: field.name,
    label: field.label,
    required: field.required,
    ...(field.helperText ? { helperText: field.helperText } : {}),
  };
  const options = 'options' in field ? field.options : [{ id: newId('opt'), title: 'Option 1' }];
  switch (type) {
    case 'textInput':
      return { type, ...base, inputType: 'text' };
    case 'textArea':
      return { type, ...base };
    case 'dropdown':
    case 'radioGroup':
    case 'checkboxGroup':
      return { type, ...base, options };
    case 'datePicker':
      return { type, ...base };
  }
}

function uniqueScreenId(screens: FlowScreen[]): string {
  const taken = new Set(screens.map((screen) => screen.id));
  for (let n = screens.length + 1; ; n++) if (!taken.has(`SCREEN_${n}`)) return `SCREEN_${n}`;
}

function allFieldCount(screens: FlowScreen[]): number {
  return screens.reduce((sum, screen) => sum + screen.fields.length, 0);
}
