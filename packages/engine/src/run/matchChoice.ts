import { carouselQuickReplies, type GraphNode, interpolate, listRows } from '@salesbot/graph';
import type { InboundMessage, PlaceholderValues } from '@salesbot/whatsapp';
import { normalizeText } from './normalizeText.ts';

/**
 * The choice (button, row or quick-reply id) an inbound message picks at a waiting step, or null. A reply's id or
 * payload picks its choice; a text equal to a choice's title (filled, trimmed, case- and accent-insensitive) picks
 * that choice.
 */
export function matchChoice(node: GraphNode, message: InboundMessage, values: PlaceholderValues): string | null {
  const choices = choicesOf(node);
  const content = message.content;
  const replyId =
    content.type === 'buttonReply' || content.type === 'listReply'
      ? content.id
      : content.type === 'quickReply'
        ? content.payload
        : null;
  if (replyId !== null) return choices.some((choice) => choice.id === replyId) ? replyId : null;
  if (content.type !== 'text') return null;
  const text = normalizeText(content.text);
  return choices.find((choice) => normalizeText(interpolate(choice.title, values)) === text)?.id ?? null;
}

function choicesOf(node: GraphNode): { id: string; title: string }[] {
  switch (node.type) {
    case 'buttons':
      return node.data.buttons;
    case 'list':
      return listRows(node.data);
    case 'template':
      return node.data.buttons.flatMap((button) =>
        button.type === 'quickReply' ? [{ id: button.id, title: button.text }] : [],
      );
    case 'carousel':
      return carouselQuickReplies(node.data).map((button) => ({ id: button.id, title: button.text }));
    default:
      return [];
  }
}
