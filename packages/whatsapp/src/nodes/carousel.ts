import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues, TemplateComponent } from '../types.ts';
import { mediaObject } from './shared.ts';
import { bodyComponents, buttonComponents, templatePayload } from './templateParts.ts';

/**
 * A carousel template: the message body's parameters, then `{ type: "carousel", cards }`, each card with its
 * media header, its body parameters when it has any, and its buttons (indexed within the card).
 */
export function renderCarousel(node: NodeOf<'carousel'>, values: PlaceholderValues): OutboundMessage {
  const { name, language, parameterFormat, bodyParams, cards } = node.data;
  const named = parameterFormat === 'named';
  const carousel: TemplateComponent = {
    type: 'carousel',
    cards: cards.map((card, cardIndex) => ({
      card_index: cardIndex,
      components: [
        {
          type: 'header',
          parameters: [
            card.header.format === 'image'
              ? { type: 'image', image: mediaObject(card.header) }
              : { type: 'video', video: mediaObject(card.header) },
          ],
        },
        ...bodyComponents(card.bodyParams, values, named),
        ...buttonComponents(card.buttons, values),
      ],
    })),
  };
  return {
    type: 'template',
    template: templatePayload(name, language, [...bodyComponents(bodyParams, values, named), carousel]),
  };
}
