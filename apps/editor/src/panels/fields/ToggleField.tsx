/** A checkbox with its label and an optional hint below. */
export function ToggleField({
  label,
  path,
  checked,
  onChange,
  hint,
}: {
  label: string;
  path: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  return (
    <div className="pfield">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          data-path={path}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      {hint ? <p className="pfield__hint">{hint}</p> : null}
    </div>
  );
}
