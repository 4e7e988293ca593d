import { formatDuration } from '@salesbot/graph';
import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Waits a while before the next step. */
export function DelayNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'delay');
  if (!node) return null;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Wait">{formatDuration(node.data.duration)}</CompactLine>
    </NodeCard>
  );
}
