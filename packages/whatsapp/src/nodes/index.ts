import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues, SendingNodeType } from '../types.ts';
import { renderButtons } from './buttons.ts';
import { renderCarousel } from './carousel.ts';
import { renderCtaUrl } from './ctaUrl.ts';
import { renderList } from './list.ts';
import { renderMedia } from './media.ts';
import type { RenderOptions } from './shared.ts';
import { renderTemplate } from './template.ts';
import { renderText } from './text.ts';
import { renderWhatsappFlow } from './whatsappFlow.ts';

/** Turns one step of type T into the message body it sends. */
export type NodeRenderer<T extends SendingNodeType> = (
  node: NodeOf<T>,
  values: PlaceholderValues,
  options: RenderOptions,
) => OutboundMessage;

/** Every sending step type's renderer. A new sending type does not compile until it is added here. */
export const nodeRenderers = {
  text: renderText,
  media: renderMedia,
  buttons: renderButtons,
  list: renderList,
  ctaUrl: renderCtaUrl,
  template: renderTemplate,
  carousel: renderCarousel,
  whatsappFlow: renderWhatsappFlow,
} satisfies { [T in SendingNodeType]: NodeRenderer<T> };
