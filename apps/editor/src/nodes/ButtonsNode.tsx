import type { NodeProps } from '@xyflow/react';
import { MessageStepCard } from './MessageStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A message with reply buttons; a handle beside each button. */
export function ButtonsNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'buttons');
  return node ? <MessageStepCard node={node} selected={selected} /> : null;
}
