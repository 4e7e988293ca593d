import { type GraphNode, getNodeOutputs, type NodeOutput } from '@salesbot/graph';
import { isSendingNode, type OutboundMessage, renderNodeMessage, type TemplateDisplay } from '@salesbot/whatsapp';
import { type ReactNode, useMemo } from 'react';
import { useEditor } from '../store/EditorStoreContext.tsx';
import type { RenderChoice } from '../whatsapp/ChoiceSlot.ts';
import { MessageBubble } from '../whatsapp/MessageBubble.tsx';
import { isConnected, OutputHandle } from './NodeCard.tsx';
import { placeholderEcho } from './placeholderEcho.ts';

/** The message a sending step's data renders to, placeholders kept visible; null if it cannot be rendered. */
export function useRenderedMessage(node: GraphNode): OutboundMessage | null {
  return useMemo(() => {
    if (!isSendingNode(node)) return null;
    try {
      return renderNodeMessage(node, placeholderEcho(node), { sessionId: 'canvas' });
    } catch {
      return null;
    }
  }, [node]);
}

/** The output ids a bubble draws next to its choices. */
export function choiceOutputIds(node: GraphNode): Set<string> {
  return new Set(
    getNodeOutputs(node)
      .filter((output) => output.kind === 'choice')
      .map((output) => output.id),
  );
}

/** Wraps each choice in the bubble with its output handle. */
export function useChoiceHandles(node: GraphNode): RenderChoice {
  const connected = useEditor((state) => state.connectedOutputs.get(node.id) ?? '');
  return useMemo(() => {
    const outputs = new Map<string, NodeOutput>(getNodeOutputs(node).map((output) => [output.id, output]));
    return (choice, element): ReactNode => {
      const output = outputs.get(choice.id);
      return (
        <div className="choice">
          {element}
          {output ? <OutputHandle output={output} connected={isConnected(connected, output.id)} /> : null}
        </div>
      );
    };
  }, [node, connected]);
}

/** The WhatsApp bubble of a sending step, with a handle beside each choice. */
export function MessageNodeBody({
  node,
  message,
  display,
}: {
  node: GraphNode;
  message: OutboundMessage | null;
  display?: TemplateDisplay;
}) {
  const renderChoice = useChoiceHandles(node);
  if (!message) return <div className="node-card__empty">This step cannot be shown yet.</div>;
  return <MessageBubble message={message} display={display} placeholders expandList renderChoice={renderChoice} />;
}
