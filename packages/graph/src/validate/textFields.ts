import type { GraphNode } from '../graph.ts';
import type { NodeType } from '../nodes/index.ts';
import { resolvePattern } from './paths.ts';

/**
 * Where each step type holds texts that may contain `{{variable}}` placeholders (dotted patterns into its data).
 * Approved template content (a template's body, header and button texts) is not here: its `{{1}}` / `{{name}}`
 * are the template's own parameters, filled from the step's parameter values, which are here.
 */
export const TEXT_FIELDS = {
  text: ['body'],
  media: ['caption'],
  buttons: ['header.text', 'body', 'footer', 'buttons.*.title', 'retryMessage'],
  list: [
    'header',
    'body',
    'footer',
    'buttonLabel',
    'sections.*.title',
    'sections.*.rows.*.title',
    'sections.*.rows.*.description',
    'retryMessage',
  ],
  ctaUrl: ['header.text', 'body', 'footer', 'displayText', 'url'],
  template: [
    'header.params.*.value',
    'header.name',
    'header.address',
    'bodyParams.*.value',
    'buttons.*.param',
    'buttons.*.code',
  ],
  carousel: ['bodyParams.*.value', 'cards.*.bodyParams.*.value', 'cards.*.buttons.*.param'],
  whatsappFlow: ['header', 'body', 'footer', 'cta', 'template.bodyParams.*.value'],
  waitForReply: ['retryMessage'],
  condition: ['branches.*.rules.*.value'],
  delay: [],
  setField: ['value'],
  addTag: [],
  removeTag: [],
  changeStage: [],
  handoff: ['note'],
  webhook: ['url', 'headers.*.value', 'body'],
  goToFlow: [],
  end: [],
} as const satisfies Record<NodeType, readonly string[]>;

/** Every text of a node that may hold placeholders, with its path. */
export function textFieldsOf(node: GraphNode): { path: string; text: string }[] {
  const fields: { path: string; text: string }[] = [];
  for (const pattern of TEXT_FIELDS[node.type]) {
    for (const { path, value } of resolvePattern(node.data, pattern)) {
      if (typeof value === 'string') fields.push({ path, text: value });
    }
  }
  return fields;
}
