import type { NodeType } from '../nodes/index.ts';
import type { ValidationContext } from './context.ts';
import { resolvePattern } from './paths.ts';
import { quote } from './text.ts';

/** Where each step type holds links (dotted patterns into its data). */
const URL_FIELDS: Partial<Record<NodeType, string[]>> = {
  media: ['link'],
  buttons: ['header.link'],
  ctaUrl: ['url', 'header.link'],
  template: ['header.link', 'buttons.*.url'],
  carousel: ['cards.*.header.link', 'cards.*.buttons.*.url'],
  webhook: ['url'],
};

/** Links are absolute http(s) URLs. Empty ones are left to `field.required`. */
export function checkUrls(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    for (const pattern of URL_FIELDS[node.type] ?? []) {
      for (const { path, value } of resolvePattern(node.data, pattern)) {
        if (typeof value !== 'string' || value === '' || isHttpUrl(value)) continue;
        ctx.report('url.invalid', `The link ${quote(value)} is not a web address starting with https:// or http://.`, {
          nodeId: node.id,
          path,
          hint: 'Write the full address, e.g. https://example.com/page.',
        });
      }
    }
  }
}

/** An absolute http(s) URL; placeholders (`{{1}}`, `{{order_id}}`) count as any text, a leading one as valid. */
export function isHttpUrl(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.startsWith('{{')) return true; // the whole address comes from a variable
  try {
    const url = new URL(trimmed.replace(/\{\{[^{}]*\}\}/g, 'x'));
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}
