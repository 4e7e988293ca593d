import { useId, useRef } from 'react';
import { Field } from './Field.tsx';
import { useFieldProblems } from './useFieldProblems.ts';
import { VariableMenu } from './VariableMenu.tsx';

export interface TextFieldProps {
  label: string;
  path: string;
  value: string | undefined;
  onChange: (value: string) => void;
  limit?: number;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  hint?: string;
  optional?: boolean;
  /** Offer the `{{…}}` variable inserter. */
  variables?: boolean;
  mono?: boolean;
  type?: 'text' | 'url' | 'number';
}

/** A text input or area with its label, live counter, variable inserter and problems; `data-path` for focusing. */
export function TextField({
  label,
  path,
  value,
  onChange,
  limit,
  multiline,
  rows = 3,
  placeholder,
  hint,
  optional,
  variables,
  mono,
  type = 'text',
}: TextFieldProps) {
  const id = useId();
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const { severity } = useFieldProblems(path);
  const insert = (key: string) => {
    const element = ref.current;
    const current = value ?? '';
    const token = `{{${key}}}`;
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? current.length;
    onChange(current.slice(0, start) + token + current.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const common = {
    id,
    ref,
    value: value ?? '',
    placeholder,
    'data-path': path,
    'aria-invalid': severity === 'error' ? true : undefined,
    className: `${multiline ? 'textarea' : 'input'}${mono ? ' input--mono' : ''}`,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <Field
      label={label}
      path={path}
      limit={limit}
      value={value}
      hint={hint}
      optional={optional}
      htmlFor={id}
      action={variables ? <VariableMenu onInsert={insert} /> : undefined}
    >
      {multiline ? <textarea rows={rows} {...common} /> : <input type={type} {...common} />}
    </Field>
  );
}
