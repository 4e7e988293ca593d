import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Moves the contact's lead to a pipeline stage. */
export function ChangeStageNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'changeStage');
  if (!node) return null;
  const { pipeline, stage } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Pipeline" missing="Choose a pipeline">
        {pipeline}
      </CompactLine>
      <CompactLine label="Move to" missing="Choose a stage">
        {stage ? <span className="stage-chip">{stage}</span> : null}
      </CompactLine>
    </NodeCard>
  );
}
