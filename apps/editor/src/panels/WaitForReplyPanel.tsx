import type { NodeOf, ReplyValidation } from '@salesbot/graph';
import { NumberField } from './fields/NumberField.tsx';
import { ReplyHandlingFields } from './fields/ReplyHandlingFields.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';
import { ToggleField } from './fields/ToggleField.tsx';
import { VariableNameField } from './fields/VariableNameField.tsx';
import { NumberRangeFields } from './NumberRangeFields.tsx';

const KINDS: { value: ReplyValidation['kind']; label: string }[] = [
  { value: 'text', label: 'Any text' },
  { value: 'number', label: 'A number' },
  { value: 'email', label: 'An email address' },
  { value: 'phone', label: 'A phone number' },
  { value: 'choice', label: 'One of a list' },
  { value: 'regex', label: 'Text matching a pattern' },
];

/** Wait for reply: where the answer goes, how it is checked, and what happens with bad answers. */
export function WaitForReplyPanel({ node }: { node: NodeOf<'waitForReply'> }) {
  const edit = useStepEditor(node.id);
  const { variable, validation, gatherSeconds } = node.data;
  return (
    <>
      <VariableNameField
        label="Save the answer in"
        path="variable"
        value={variable}
        hint="Use it later as {{variable}} in messages and conditions."
        onChange={(v) => edit.set('variable', v)}
      />
      <SelectField
        label="Expect"
        path="validation.kind"
        value={validation.kind}
        options={KINDS}
        onChange={(kind) => edit.set('validation', emptyValidation(kind))}
      />
      {validation.kind === 'text' ? (
        <NumberRangeFields
          from={{ label: 'At least', path: 'validation.minLength', value: validation.minLength, min: 0 }}
          to={{ label: 'At most', path: 'validation.maxLength', value: validation.maxLength, min: 1 }}
          placeholder="chars"
          set={edit.set}
        />
      ) : null}
      {validation.kind === 'number' ? (
        <>
          <NumberRangeFields
            from={{ label: 'Minimum', path: 'validation.min', value: validation.min }}
            to={{ label: 'Maximum', path: 'validation.max', value: validation.max }}
            set={edit.set}
          />
          <ToggleField
            label="Whole numbers only"
            path="validation.integer"
            checked={validation.integer ?? false}
            onChange={(v) => edit.set('validation.integer', v || undefined)}
          />
        </>
      ) : null}
      {validation.kind === 'regex' ? (
        <div className="row2">
          <TextField
            label="Pattern"
            path="validation.pattern"
            value={validation.pattern}
            mono
            onChange={(v) => edit.set('validation.pattern', v)}
          />
          <TextField
            label="Flags"
            path="validation.flags"
            value={validation.flags}
            mono
            optional
            onChange={(v) => edit.set('validation.flags', v || undefined)}
          />
        </div>
      ) : null}
      {validation.kind === 'choice' ? (
        <TextField
          label="Choices"
          path="validation.choices"
          value={validation.choices.join(', ')}
          hint="Separated by commas. Case and accents are ignored when comparing."
          onChange={(v) =>
            edit.set(
              'validation.choices',
              v.split(',').map((choice) => choice.trimStart()),
            )
          }
        />
      ) : null}
      <NumberField
        label="Join quick messages for"
        path="gatherSeconds"
        value={gatherSeconds}
        min={0}
        optional
        placeholder="seconds"
        hint="People often answer in bursts; wait this many seconds of silence and take the messages as one answer."
        onChange={(v) => edit.set('gatherSeconds', v)}
      />
      <ReplyHandlingFields value={node.data} set={edit.set} />
    </>
  );
}

function emptyValidation(kind: ReplyValidation['kind']): ReplyValidation {
  switch (kind) {
    case 'regex':
      return { kind, pattern: '' };
    case 'choice':
      return { kind, choices: [] };
    default:
      return { kind } as ReplyValidation;
  }
}
