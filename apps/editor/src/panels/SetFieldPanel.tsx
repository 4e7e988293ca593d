import type { NodeOf } from '@salesbot/graph';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { VariableNameField } from './fields/VariableNameField.tsx';

/** Set field: a flow variable or a contact field, and the value (text with variables). */
export function SetFieldPanel({ node }: { node: NodeOf<'setField'> }) {
  const edit = useStepEditor(node.id);
  const { scope, name, value } = node.data;
  return (
    <>
      <SelectField
        label="Set"
        path="scope"
        value={scope}
        options={[
          { value: 'variable', label: 'A flow variable' },
          { value: 'contact', label: 'A contact field (kept on the contact)' },
        ]}
        onChange={(v) => edit.set('scope', v)}
      />
      {scope === 'variable' ? (
        <VariableNameField label="Variable" path="name" value={name} onChange={(v) => edit.set('name', v)} />
      ) : (
        <TextField
          label="Contact field"
          path="name"
          value={name}
          mono
          placeholder="email"
          onChange={(v) => edit.set('name', v)}
        />
      )}
      <TextField label="Value" path="value" value={value} variables onChange={(v) => edit.set('value', v)} />
    </>
  );
}
