import type { NodeProps } from '@xyflow/react';
import { TemplateStepCard } from './TemplateStepCard.tsx';
import { useTypedNode } from './useGraphNode.ts';

/** A carousel template on the canvas: body and cards scrolling sideways. */
export function CarouselNode({ id, selected }: NodeProps) {
  const node = useTypedNode(id, 'carousel');
  return node ? <TemplateStepCard node={node} selected={selected} /> : null;
}
