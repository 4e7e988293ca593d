import type { NodeProps } from '@xyflow/react';
import { useFlowNames } from '../flows/useFlowNames.ts';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Continues in another flow. */
export function GoToFlowNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'goToFlow');
  const names = useFlowNames();
  if (!node) return null;
  const { flowId } = node.data;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Continue in" missing="Choose a flow">
        {flowId ? (names.get(flowId) ?? flowId) : null}
      </CompactLine>
    </NodeCard>
  );
}
