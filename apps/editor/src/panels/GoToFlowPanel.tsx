import type { NodeOf } from '@salesbot/graph';
import { useFlowIndex } from '../flows/useFlowNames.ts';
import { useEditor } from '../store/EditorStoreContext.tsx';
import { SelectField } from './fields/SelectField.tsx';
import { useStepEditor } from './fields/StepContext.tsx';

/** Go to flow: the workspace flow to continue in. */
export function GoToFlowPanel({ node }: { node: NodeOf<'goToFlow'> }) {
  const edit = useStepEditor(node.id);
  const flows = useFlowIndex((state) => state.flows);
  const selfId = useEditor((state) => state.graph.id);
  const options = flows.filter((flow) => flow.id !== selfId).map((flow) => ({ value: flow.id, label: flow.name }));
  const current = node.data.flowId;
  if (!current) options.unshift({ value: '', label: 'Choose a flow' });
  else if (!options.some((o) => o.value === current))
    options.unshift({ value: current, label: `${current} (not found)` });
  return (
    <SelectField
      label="Continue in"
      path="flowId"
      value={current}
      options={options}
      hint="This flow's session ends and the chosen flow starts from its API trigger."
      onChange={(v) => edit.set('flowId', v)}
    />
  );
}
