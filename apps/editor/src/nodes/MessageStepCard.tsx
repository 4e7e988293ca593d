import type { GraphNode } from '@salesbot/graph';
import { choiceOutputIds, MessageNodeBody, useRenderedMessage } from './MessageNodeBody.tsx';
import { NodeCard } from './NodeCard.tsx';

/** Shared by the plain message steps (text, media, reply buttons, list, link button): the card with its bubble. */
export function MessageStepCard({ node, selected }: { node: GraphNode; selected: boolean }) {
  const message = useRenderedMessage(node);
  return (
    <NodeCard node={node} selected={selected} inlineOutputIds={choiceOutputIds(node)} chat>
      <MessageNodeBody node={node} message={message} />
    </NodeCard>
  );
}
