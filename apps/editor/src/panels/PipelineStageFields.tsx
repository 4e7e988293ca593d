import type { PipelineInfo } from '../api/apiTypes.ts';
import { SelectField } from './fields/SelectField.tsx';
import { TextField } from './fields/TextField.tsx';

/** A pipeline and one of its stages: picked from the workspace's pipelines, typed when there are none. */
export function PipelineStageFields({
  pipelines,
  pipeline,
  stage,
  onChange,
}: {
  pipelines: readonly PipelineInfo[];
  pipeline: string;
  stage: string;
  onChange: (pipeline: string, stage: string) => void;
}) {
  if (pipelines.length === 0) {
    return (
      <>
        <TextField
          label="Pipeline"
          path="pipeline"
          value={pipeline}
          placeholder="sales"
          onChange={(v) => onChange(v, stage)}
        />
        <TextField
          label="Stage"
          path="stage"
          value={stage}
          placeholder="qualified"
          onChange={(v) => onChange(pipeline, v)}
        />
      </>
    );
  }
  const current = pipelines.find((p) => p.name === pipeline || p.id === pipeline);
  const pipelineOptions = pipelines.map((p) => ({ value: p.name, label: p.name }));
  if (pipeline && !current) pipelineOptions.unshift({ value: pipeline, label: `${pipeline} (not found)` });
  if (!pipeline) pipelineOptions.unshift({ value: '', label: 'Choose a pipeline' });
  const stageOptions = (current?.stages ?? []).map((s) => ({ value: s.name, label: s.name }));
  if (stage && !stageOptions.some((s) => s.value === stage))
    stageOptions.unshift({ value: stage, label: `${stage} (not found)` });
  if (!stage) stageOptions.unshift({ value: '', label: 'Choose a stage' });
  return (
    <>
      <SelectField
        label="Pipeline"
        path="pipeline"
        value={current?.name ?? pipeline}
        options={pipelineOptions}
        onChange={(v) => onChange(v, '')}
      />
      <SelectField
        label="Stage"
        path="stage"
        value={stage}
        options={stageOptions}
        onChange={(v) => onChange(current?.name ?? pipeline, v)}
      />
    </>
  );
}
