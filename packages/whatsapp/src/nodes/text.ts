import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { fill } from './shared.ts';

/** A text step: `{ type: "text", text: { body, preview_url? } }`, `preview_url` only when the step sets it. */
export function renderText(node: NodeOf<'text'>, values: PlaceholderValues): OutboundMessage {
  const { body, previewUrl } = node.data;
  return {
    type: 'text',
    text: { body: fill(body, values), ...(previewUrl === undefined ? {} : { preview_url: previewUrl }) },
  };
}
