import type { NodeOf } from '@salesbot/graph';
import { useWorkspaceRefs } from '../workspace/useWorkspaceRefs.ts';
import { useStepEditor } from './fields/StepContext.tsx';
import { PipelineStageFields } from './PipelineStageFields.tsx';

/** Move stage: the pipeline and the stage the contact's lead moves to. */
export function ChangeStagePanel({ node }: { node: NodeOf<'changeStage'> }) {
  const edit = useStepEditor(node.id);
  const pipelines = useWorkspaceRefs((state) => state.pipelines);
  return (
    <PipelineStageFields
      pipelines={pipelines}
      pipeline={node.data.pipeline}
      stage={node.data.stage}
      onChange={(pipeline, stage) => edit.update(() => ({ pipeline, stage }))}
    />
  );
}
