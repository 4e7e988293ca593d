import type { NodeProps } from '@xyflow/react';
import { MessageStepCard } from './MessageStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A message with one link button. */
export function CtaUrlNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'ctaUrl');
  return node ? <MessageStepCard node={node} selected={selected} /> : null;
}
