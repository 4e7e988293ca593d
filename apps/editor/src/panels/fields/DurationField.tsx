import { type Duration, durationUnits } from '@salesbot/graph';
import { useId } from 'react';
import { Field } from './Field.tsx';

/** An amount and a unit ("2 days"); with `optional`, a checkbox turns it on and off. */
export function DurationField({
  label,
  path,
  value,
  onChange,
  optional,
  hint,
  defaultValue = { amount: 1, unit: 'days' },
}: {
  label: string;
  path: string;
  value: Duration | undefined;
  onChange: (value: Duration | undefined) => void;
  optional?: boolean;
  hint?: string;
  defaultValue?: Duration;
}) {
  const id = useId();
  return (
    <Field label={label} path={path} hint={hint} htmlFor={id}>
      {optional ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={value !== undefined}
            data-path={value === undefined ? path : undefined}
            onChange={(event) => onChange(event.target.checked ? defaultValue : undefined)}
          />
          {value ? 'On' : 'Off'}
        </label>
      ) : null}
      {value ? (
        <div className="duration">
          <input
            id={id}
            type="number"
            min={0}
            className="input"
            value={value.amount}
            data-path={`${path}.amount`}
            onChange={(event) => onChange({ ...value, amount: Math.max(0, Number(event.target.value) || 0) })}
          />
          <select
            className="select"
            value={value.unit}
            data-path={`${path}.unit`}
            onChange={(event) => onChange({ ...value, unit: event.target.value as Duration['unit'] })}
            aria-label={`${label} unit`}
          >
            {durationUnits.map((unit) => (
              <option key={unit} value={unit}>
                {unit}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </Field>
  );
}
