import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { fill, fillOptional, interactiveFrame, renderInteractiveHeader } from './shared.ts';

/** A reply-buttons step: `interactive.type: "button"`, one `{ type: "reply", reply: { id, title } }` per button. */
export function renderButtons(node: NodeOf<'buttons'>, values: PlaceholderValues): OutboundMessage {
  const { header, body, footer, buttons } = node.data;
  return {
    type: 'interactive',
    interactive: {
      type: 'button',
      ...interactiveFrame(renderInteractiveHeader(header, values), fill(body, values), fillOptional(footer, values)),
      action: {
        buttons: buttons.map((button) => ({
          type: 'reply',
          reply: { id: button.id, title: fill(button.title, values) },
        })),
      },
    },
  };
}
