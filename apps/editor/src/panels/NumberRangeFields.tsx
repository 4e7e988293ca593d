import { NumberField } from './fields/NumberField.tsx';
import type { StepEditor } from './fields/StepContext.tsx';

/** One end of a range: an optional number at `path` in the step's data. */
export interface RangeEnd {
  label: string;
  path: string;
  value: number | undefined;
  min?: number;
}

/** Two optional numbers side by side (a lower and an upper bound), each edited through `set` at its path. */
export function NumberRangeFields({
  from,
  to,
  placeholder,
  set,
}: {
  from: RangeEnd;
  to: RangeEnd;
  placeholder?: string;
  set: StepEditor['set'];
}) {
  return (
    <div className="row2">
      {[from, to].map((end) => (
        <NumberField
          key={end.path}
          label={end.label}
          path={end.path}
          value={end.value}
          min={end.min}
          optional
          placeholder={placeholder}
          onChange={(v) => set(end.path, v)}
        />
      ))}
    </div>
  );
}
