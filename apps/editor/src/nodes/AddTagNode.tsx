import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Tags the contact. */
export function AddTagNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'addTag');
  if (!node) return null;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Add tag" missing="Choose a tag">
        {node.data.tag ? <span className="tag-chip">{node.data.tag}</span> : null}
      </CompactLine>
    </NodeCard>
  );
}
