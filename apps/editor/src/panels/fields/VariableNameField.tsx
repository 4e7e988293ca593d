import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useEditor, useEditorApi } from '../../store/EditorStoreContext.tsx';
import { Field } from './Field.tsx';

/** A flow variable's name, suggested from the declared ones, with a one-click declare when it is new. */
export function VariableNameField({
  label,
  path,
  value,
  onChange,
  hint,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}) {
  const id = useId();
  const store = useEditorApi();
  const declared = useEditor(useShallow((state) => state.graph.variables.map((variable) => variable.name)));
  const missing = value !== '' && !declared.includes(value) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(value);
  return (
    <Field
      label={label}
      path={path}
      htmlFor={id}
      hint={hint}
      action={
        missing ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const state = store.getState();
              state.dispatch({
                type: 'setVariables',
                variables: [...state.graph.variables, { name: value, type: 'text' }],
              });
            }}
          >
            Declare “{value}”
          </button>
        ) : undefined
      }
    >
      <input
        id={id}
        className="input input--mono"
        list={`${id}-list`}
        value={value}
        data-path={path}
        placeholder="e.g. budget"
        onChange={(event) => onChange(event.target.value.replace(/[^A-Za-z0-9_]/g, '_'))}
      />
      <datalist id={`${id}-list`}>
        {declared.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </Field>
  );
}
