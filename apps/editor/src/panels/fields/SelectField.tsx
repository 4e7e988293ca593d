import { useId } from 'react';
import { Field } from './Field.tsx';

export interface SelectFieldProps<T extends string> {
  label: string;
  path: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hint?: string;
}

/** A labelled select with `data-path`. */
export function SelectField<T extends string>({ label, path, value, options, onChange, hint }: SelectFieldProps<T>) {
  const id = useId();
  return (
    <Field label={label} path={path} hint={hint} htmlFor={id}>
      <select
        id={id}
        className="select"
        value={value}
        data-path={path}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
