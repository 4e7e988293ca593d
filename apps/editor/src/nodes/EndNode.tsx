import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** The bot stops here. */
export function EndNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'end');
  if (!node) return null;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine>{node.data.reason ? node.data.reason : 'The conversation with the bot ends.'}</CompactLine>
    </NodeCard>
  );
}
