import type { CarouselCard } from '../nodes/carousel.ts';
import type { ValidationContext } from './context.ts';

/** All cards of a carousel share the first card's layout: header format, body or none, button types in order. */
export function checkCarouselLayout(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    if (node.type !== 'carousel') continue;
    const [first, ...rest] = node.data.cards;
    if (!first) continue;
    rest.forEach((card, i) => {
      const difference = layoutDifference(first, card);
      if (!difference) return;
      ctx.report('carousel.layoutMismatch', `Card ${i + 2} ${difference} card 1; all cards must share one layout.`, {
        nodeId: node.id,
        path: `cards.${i + 1}`,
        hint: 'Give every card the same header type, a body on all or none, and the same buttons in the same order.',
      });
    });
  }
}

function layoutDifference(first: CarouselCard, card: CarouselCard): string | undefined {
  if (card.header.format !== first.header.format) {
    return `has a ${card.header.format} header, unlike the ${first.header.format} of`;
  }
  if (hasBody(card) !== hasBody(first)) return hasBody(card) ? 'has a body, unlike' : 'has no body, unlike';
  const types = (c: CarouselCard) => c.buttons.map((button) => button.type).join(',');
  if (types(card) !== types(first)) return 'has different buttons from';
  return undefined;
}

function hasBody(card: CarouselCard): boolean {
  return (card.body ?? '').trim() !== '';
}
