import { type ConditionRule, type ConditionSubject, conditionOperators, type NodeOf } from '@salesbot/graph';
import { newId } from '../graph/newId.ts';
import { ItemList, moveItem } from './fields/ItemList.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';
import { TextField } from './fields/TextField.tsx';

type Data = NodeOf<'condition'>['data'];

const SUBJECTS: { value: ConditionSubject['kind']; label: string }[] = [
  { value: 'lastReply', label: 'Last reply' },
  { value: 'variable', label: 'Variable' },
  { value: 'contactField', label: 'Contact field' },
  { value: 'tags', label: 'Tags' },
  { value: 'stage', label: 'Pipeline stage' },
];

const OPERATOR_LABELS: Record<ConditionRule['operator'], string> = {
  equals: 'is',
  notEquals: 'is not',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  endsWith: 'ends with',
  matches: 'matches pattern',
  greaterThan: 'is greater than',
  lessThan: 'is less than',
  isSet: 'is set',
  isNotSet: 'is not set',
};

/** Condition: ordered branches of rules (all / any); the first that holds is taken, else Else. */
export function ConditionPanel({ node }: { node: NodeOf<'condition'> }) {
  const edit = useStepEditor(node.id);
  const update = (fn: (data: Data) => Data) => edit.update((d) => fn(d as Data));
  const setRules = (b: number, fn: (rules: ConditionRule[]) => ConditionRule[]) =>
    update((d) => ({
      ...d,
      branches: d.branches.map((branch, i) => (i === b ? { ...branch, rules: fn(branch.rules) } : branch)),
    }));
  return (
    <ItemList
      label="Branches"
      path="branches"
      items={node.data.branches}
      addLabel="Add branch"
      hint="Checked from the top; the first branch whose rules hold is taken. Otherwise “Else”."
      itemTitle={(branch, index) => branch.label || `Branch ${index + 1}`}
      onAdd={() =>
        update((d) => ({
          ...d,
          branches: [
            ...d.branches,
            {
              id: newId('branch', new Set(d.branches.map((b) => b.id))),
              label: `Branch ${d.branches.length + 1}`,
              match: 'all',
              rules: [{ subject: { kind: 'lastReply' }, operator: 'contains', value: '' }],
            },
          ],
        }))
      }
      onRemove={(index) => update((d) => ({ ...d, branches: d.branches.filter((_, i) => i !== index) }))}
      onMove={(from, to) => update((d) => ({ ...d, branches: moveItem(d.branches, from, to) }))}
      renderItem={(branch, b) => (
        <>
          <div className="row2">
            <TextField
              label="Name"
              path={`branches.${b}.label`}
              value={branch.label}
              onChange={(v) => edit.set(`branches.${b}.label`, v)}
            />
            <SelectField
              label="Take it when"
              path={`branches.${b}.match`}
              value={branch.match}
              options={[
                { value: 'all', label: 'all rules hold' },
                { value: 'any', label: 'any rule holds' },
              ]}
              onChange={(v) => edit.set(`branches.${b}.match`, v)}
            />
          </div>
          <ItemList
            label="Rules"
            path={`branches.${b}.rules`}
            items={branch.rules}
            addLabel="Add rule"
            itemTitle={(_, index) => (index === 0 ? 'If' : branch.match === 'any' ? 'Or' : 'And')}
            onAdd={() =>
              setRules(b, (rules) => [
                ...rules,
                { subject: { kind: 'variable', name: '' }, operator: 'equals', value: '' },
              ])
            }
            onRemove={(index) => setRules(b, (rules) => rules.filter((_, i) => i !== index))}
            onMove={(from, to) => setRules(b, (rules) => moveItem(rules, from, to))}
            renderItem={(rule, r) => <RuleEditor rule={rule} path={`branches.${b}.rules.${r}`} set={edit.set} />}
          />
        </>
      )}
    />
  );
}

function RuleEditor({
  rule,
  path,
  set,
}: {
  rule: ConditionRule;
  path: string;
  set: (path: string, value: unknown) => void;
}) {
  const named = rule.subject.kind === 'variable' || rule.subject.kind === 'contactField';
  const valued = rule.operator !== 'isSet' && rule.operator !== 'isNotSet';
  return (
    <>
      <div className="row2">
        <SelectField
          label="Subject"
          path={`${path}.subject.kind`}
          value={rule.subject.kind}
          options={SUBJECTS}
          onChange={(kind) =>
            set(`${path}.subject`, kind === 'variable' || kind === 'contactField' ? { kind, name: '' } : { kind })
          }
        />
        {named ? (
          <TextField
            label={rule.subject.kind === 'variable' ? 'Variable' : 'Field'}
            path={`${path}.subject.name`}
            value={'name' in rule.subject ? rule.subject.name : ''}
            mono
            onChange={(v) => set(`${path}.subject.name`, v)}
          />
        ) : null}
      </div>
      <div className="row2">
        <SelectField
          label="Check"
          path={`${path}.operator`}
          value={rule.operator}
          options={conditionOperators.map((op) => ({ value: op, label: OPERATOR_LABELS[op] }))}
          onChange={(v) => set(`${path}.operator`, v)}
        />
        {valued ? (
          <TextField
            label="Value"
            path={`${path}.value`}
            value={rule.value}
            variables
            onChange={(v) => set(`${path}.value`, v)}
          />
        ) : null}
      </div>
    </>
  );
}
