import { useId } from 'react';
import { Field } from './Field.tsx';

/** A labelled number input; empty gives `undefined` (for optional numbers). */
export function NumberField({
  label,
  path,
  value,
  onChange,
  min,
  max,
  step,
  hint,
  optional,
  placeholder,
}: {
  label: string;
  path: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  optional?: boolean;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <Field label={label} path={path} hint={hint} optional={optional} htmlFor={id}>
      <input
        id={id}
        type="number"
        className="input"
        value={value ?? ''}
        min={min}
        max={max}
        step={step}
        placeholder={placeholder}
        data-path={path}
        onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))}
      />
    </Field>
  );
}
