import type { CarouselButton, NodeOf, TemplateButton, TemplateParam } from '@salesbot/graph';
import { fillTemplateText, type TemplateTextParam } from './fillTemplateText.ts';
import { fill } from './nodes/shared.ts';
import type { PlaceholderValues, TemplateDisplay } from './types.ts';

type DisplayButton = TemplateDisplay['buttons'][number];

/**
 * How a template step looks once sent: header, body, footer, buttons (and cards) with the parameters filled,
 * for the preview and the inbox. A WhatsApp Flow step gives its template fallback, or null without one.
 */
export function renderTemplateDisplay(
  node: NodeOf<'template' | 'carousel'>,
  values: PlaceholderValues,
): TemplateDisplay;
export function renderTemplateDisplay(node: NodeOf<'whatsappFlow'>, values: PlaceholderValues): TemplateDisplay | null;
export function renderTemplateDisplay(
  node: NodeOf<'template' | 'carousel' | 'whatsappFlow'>,
  values: PlaceholderValues,
): TemplateDisplay | null;
export function renderTemplateDisplay(
  node: NodeOf<'template' | 'carousel' | 'whatsappFlow'>,
  values: PlaceholderValues,
): TemplateDisplay | null {
  switch (node.type) {
    case 'template':
      return templateDisplay(node, values);
    case 'carousel':
      return carouselDisplay(node, values);
    case 'whatsappFlow':
      return flowTemplateDisplay(node, values);
  }
}

function templateDisplay(node: NodeOf<'template'>, values: PlaceholderValues): TemplateDisplay {
  const { name, language, category, header, body, bodyParams, footer, buttons } = node.data;
  return {
    name,
    language,
    category,
    ...(header ? { header: headerDisplay(header, values) } : {}),
    body: fillTemplateText(body, filledParams(bodyParams, values)),
    ...(footer ? { footer } : {}),
    buttons: buttons.map((button) => buttonDisplay(button, values)),
  };
}

function headerDisplay(
  header: NonNullable<NodeOf<'template'>['data']['header']>,
  values: PlaceholderValues,
): NonNullable<TemplateDisplay['header']> {
  switch (header.format) {
    case 'text':
      return { format: 'text', text: fillTemplateText(header.text, filledParams(header.params, values)) };
    case 'location':
      return { format: 'location' };
    default:
      return { format: header.format, ...(header.link ? { link: header.link } : {}) };
  }
}

function carouselDisplay(node: NodeOf<'carousel'>, values: PlaceholderValues): TemplateDisplay {
  const { name, language, category, body, bodyParams, cards } = node.data;
  return {
    name,
    language,
    category,
    body: fillTemplateText(body, filledParams(bodyParams, values)),
    buttons: [],
    cards: cards.map((card) => ({
      header: { format: card.header.format, ...(card.header.link ? { link: card.header.link } : {}) },
      ...(card.body === undefined ? {} : { body: fillTemplateText(card.body, filledParams(card.bodyParams, values)) }),
      buttons: card.buttons.map((button) => cardButtonDisplay(button, values)),
    })),
  };
}

function flowTemplateDisplay(node: NodeOf<'whatsappFlow'>, values: PlaceholderValues): TemplateDisplay | null {
  const template = node.data.template;
  if (!template) return null;
  return {
    name: template.name,
    language: template.language,
    category: template.category,
    body: fillTemplateText(template.body, filledParams(template.bodyParams, values)),
    buttons: [{ type: 'flow', text: template.buttonText }],
  };
}

function filledParams(params: readonly TemplateParam[], values: PlaceholderValues): TemplateTextParam[] {
  return params.map((param) => ({ ...(param.name ? { name: param.name } : {}), value: fill(param.value, values) }));
}

function buttonDisplay(button: TemplateButton, values: PlaceholderValues): DisplayButton {
  switch (button.type) {
    case 'copyCode':
      return { type: 'copyCode', text: button.text, code: fill(button.code, values) };
    case 'flow':
      return { type: 'flow', text: button.text };
    default:
      return cardButtonDisplay(button, values);
  }
}

function cardButtonDisplay(
  button: CarouselButton,
  values: PlaceholderValues,
): DisplayButton & { type: CarouselButton['type'] } {
  switch (button.type) {
    case 'quickReply':
      return { type: 'quickReply', text: button.text, id: button.id };
    case 'url':
      return {
        type: 'url',
        text: button.text,
        url: button.param === undefined ? button.url : fillTemplateText(button.url, [fill(button.param, values)]),
      };
    case 'phone':
      return { type: 'phone', text: button.text, phoneNumber: button.phoneNumber };
  }
}
