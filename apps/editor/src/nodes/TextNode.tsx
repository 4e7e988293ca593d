import type { NodeProps } from '@xyflow/react';
import { MessageStepCard } from './MessageStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A text message on the canvas: its bubble with WhatsApp formatting. */
export function TextNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'text');
  return node ? <MessageStepCard node={node} selected={selected} /> : null;
}
