import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { fill, fillOptional, interactiveFrame, renderInteractiveHeader } from './shared.ts';

/** A link-button step: `interactive.type: "cta_url"`, `action: { name: "cta_url", parameters: { display_text, url } }`. */
export function renderCtaUrl(node: NodeOf<'ctaUrl'>, values: PlaceholderValues): OutboundMessage {
  const { header, body, footer, displayText, url } = node.data;
  return {
    type: 'interactive',
    interactive: {
      type: 'cta_url',
      ...interactiveFrame(renderInteractiveHeader(header, values), fill(body, values), fillOptional(footer, values)),
      action: { name: 'cta_url', parameters: { display_text: fill(displayText, values), url: fill(url, values) } },
    },
  };
}
