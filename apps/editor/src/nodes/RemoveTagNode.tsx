import type { NodeProps } from '@xyflow/react';
import { CompactLine } from './CompactLine.tsx';
import { NodeCard } from './NodeCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** Removes a tag from the contact. */
export function RemoveTagNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'removeTag');
  if (!node) return null;
  return (
    <NodeCard node={node} selected={selected}>
      <CompactLine label="Remove tag" missing="Choose a tag">
        {node.data.tag ? <span className="tag-chip tag-chip--off">{node.data.tag}</span> : null}
      </CompactLine>
    </NodeCard>
  );
}
