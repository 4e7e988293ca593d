import { contactPlaceholderValues } from '@salesbot/engine';
import { interpolate, type TemplateParam } from '@salesbot/graph';
import {
  type OutboundMessage,
  renderNodeMessage,
  renderTemplateDisplay,
  type TemplateDisplay,
} from '@salesbot/whatsapp';
import type { BroadcastMessage } from './types.ts';

/** The contact a broadcast is rendered for: the placeholders `{{contact.*}}` read these. */
export interface RenderContact {
  waId: string;
  name: string | null;
  fields: Readonly<Record<string, string>>;
}

/** The Cloud API body and the filled template a contact gets from a broadcast. */
export function renderForContact(
  message: BroadcastMessage,
  contact: RenderContact,
  broadcastId: string,
): { message: OutboundMessage; display: TemplateDisplay } {
  // The `contact.*` keys a bot step fills, as the engine defines them.
  const values = contactPlaceholderValues(contact);
  return {
    message: renderNodeMessage(message, values, { sessionId: broadcastId }),
    display: renderTemplateDisplay(message, values),
  };
}

/**
 * The first template parameter that fills to nothing for this contact (WhatsApp refuses empty parameters), as
 * `{ placeholder, source }` — e.g. `{{1}}` from `{{contact.first_name}}` — or null when every one has a value.
 */
export function findEmptyParameter(
  message: BroadcastMessage,
  contact: RenderContact,
): { placeholder: string; source: string } | null {
  // The `contact.*` keys a bot step fills, as the engine defines them.
  const values = contactPlaceholderValues(contact);
  for (const { params, where } of parameterGroups(message)) {
    for (const [index, param] of params.entries()) {
      if (interpolate(param.value, values).trim() !== '') continue;
      const placeholder = param.name ? `{{${param.name}}}` : `{{${index + 1}}}`;
      return { placeholder: where ? `${where} ${placeholder}` : placeholder, source: param.value };
    }
  }
  for (const button of buttonsOf(message)) {
    if (button.type === 'url' && button.param !== undefined && interpolate(button.param, values).trim() === '') {
      return { placeholder: `the "${button.text}" button's link`, source: button.param };
    }
  }
  return null;
}

function parameterGroups(message: BroadcastMessage): { params: readonly TemplateParam[]; where: string }[] {
  if (message.type === 'carousel') {
    return [
      { params: message.data.bodyParams, where: '' },
      ...message.data.cards.map((card, index) => ({ params: card.bodyParams, where: `card ${index + 1}` })),
    ];
  }
  const header = message.data.header;
  return [
    ...(header?.format === 'text' ? [{ params: header.params, where: 'header' }] : []),
    { params: message.data.bodyParams, where: '' },
  ];
}

function buttonsOf(message: BroadcastMessage) {
  return message.type === 'carousel' ? message.data.cards.flatMap((card) => card.buttons) : message.data.buttons;
}
