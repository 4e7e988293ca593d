import type { NodeProps } from '@xyflow/react';
import { TemplateStepCard } from './TemplateStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** An approved template on the canvas, with its category and approval status. */
export function TemplateNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'template');
  return node ? <TemplateStepCard node={node} selected={selected} /> : null;
}
