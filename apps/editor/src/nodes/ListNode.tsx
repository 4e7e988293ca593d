import type { NodeProps } from '@xyflow/react';
import { MessageStepCard } from './MessageStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A list message with its rows open; a handle beside each row. */
export function ListNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'list');
  return node ? <MessageStepCard node={node} selected={selected} /> : null;
}
