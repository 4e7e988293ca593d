import type { TemplateParam } from '@salesbot/graph';
import { Field } from './fields/Field.tsx';
import { TextField } from './fields/TextField.tsx';

/** One input per template placeholder (`{{1}}` or `{{name}}`), each filled from text and variables. */
export function TemplateParamsFields({
  title,
  path,
  params,
  onChange,
}: {
  title: string;
  path: string;
  params: readonly TemplateParam[];
  onChange: (index: number, value: string) => void;
}) {
  if (params.length === 0) return null;
  return (
    <Field label={title} path={path}>
      <div className="params">
        {params.map((param, index) => (
          <TextField
            // biome-ignore lint/suspicious/noArrayIndexKey: parameters are positional
            key={index}
            label={`{{${param.name ?? index + 1}}}`}
            path={`${path}.${index}.value`}
            value={param.value}
            variables
            placeholder="Text or a variable"
            onChange={(value) => onChange(index, value)}
          />
        ))}
      </div>
    </Field>
  );
}
