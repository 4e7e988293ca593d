import type { NodeProps } from '@xyflow/react';
import { MessageStepCard } from './MessageStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** An image, video, document, audio or sticker with its caption. */
export function MediaNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'media');
  return node ? <MessageStepCard node={node} selected={selected} /> : null;
}
