import { httpMethods, LIMITS, type NodeOf } from '@salesbot/graph';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { NumberField } from './fields/NumberField.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { VariableNameField } from './fields/VariableNameField.tsx';

type Data = NodeOf<'webhook'>['data'];

/** Webhook: method, URL, headers, body, which answer fields go to which variables, and the timeout. */
export function WebhookPanel({ node }: { node: NodeOf<'webhook'> }) {
  const edit = useStepEditor(node.id);
  const data = node.data;
  const update = (fn: (data: Data) => Data) => edit.update((d) => fn(d as Data));
  return (
    <>
      <div className="row-method">
        <SelectField
          label="Method"
          path="method"
          value={data.method}
          options={httpMethods.map((m) => ({ value: m, label: m }))}
          onChange={(v) => edit.set('method', v)}
        />
        <TextField
          label="URL"
          path="url"
          value={data.url}
          type="url"
          variables
          mono
          onChange={(v) => edit.set('url', v)}
        />
      </div>
      <ItemList
        label="Headers"
        path="headers"
        items={data.headers}
        addLabel="Add header"
        itemTitle={(header) => header.name || 'Header'}
        onAdd={() => update((d) => ({ ...d, headers: [...d.headers, { name: '', value: '' }] }))}
        onRemove={(index) => update((d) => ({ ...d, headers: d.headers.filter((_, i) => i !== index) }))}
        onMove={(from, to) => update((d) => ({ ...d, headers: moveItem(d.headers, from, to) }))}
        renderItem={(header, index) => (
          <div className="row2">
            <TextField
              label="Name"
              path={`headers.${index}.name`}
              value={header.name}
              mono
              placeholder="Authorization"
              onChange={(v) => edit.set(`headers.${index}.name`, v)}
            />
            <TextField
              label="Value"
              path={`headers.${index}.value`}
              value={header.value}
              mono
              variables
              onChange={(v) => edit.set(`headers.${index}.value`, v)}
            />
          </div>
        )}
      />
      {data.method !== 'GET' ? (
        <TextField
          label="Body"
          path="body"
          value={data.body}
          multiline
          rows={5}
          mono
          optional
          variables
          placeholder={'{ "phone": "{{contact.phone}}", "budget": "{{budget}}" }'}
          onChange={(v) => edit.set('body', v === '' ? undefined : v)}
        />
      ) : null}
      <ItemList
        label="Save from the answer"
        path="responseMappings"
        items={data.responseMappings}
        addLabel="Add mapping"
        hint="A dotted path into the JSON answer, e.g. order.items.0.name."
        itemTitle={(mapping) => `${mapping.path || '?'} → ${mapping.variable || '?'}`}
        onAdd={() => update((d) => ({ ...d, responseMappings: [...d.responseMappings, { path: '', variable: '' }] }))}
        onRemove={(index) =>
          update((d) => ({ ...d, responseMappings: d.responseMappings.filter((_, i) => i !== index) }))
        }
        onMove={(from, to) => update((d) => ({ ...d, responseMappings: moveItem(d.responseMappings, from, to) }))}
        renderItem={(mapping, index) => (
          <div className="row2">
            <TextField
              label="Path"
              path={`responseMappings.${index}.path`}
              value={mapping.path}
              mono
              onChange={(v) => edit.set(`responseMappings.${index}.path`, v)}
            />
            <VariableNameField
              label="Variable"
              path={`responseMappings.${index}.variable`}
              value={mapping.variable}
              onChange={(v) => edit.set(`responseMappings.${index}.variable`, v)}
            />
          </div>
        )}
      />
      <NumberField
        label="Timeout (seconds)"
        path="timeoutSeconds"
        value={data.timeoutSeconds}
        min={1}
        max={LIMITS.webhookTimeoutSecondsMax}
        hint="A slower answer, an error status or a network failure takes the “Error” output."
        onChange={(v) => edit.set('timeoutSeconds', v ?? 10)}
      />
    </>
  );
}
