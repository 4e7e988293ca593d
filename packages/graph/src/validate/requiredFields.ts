import type { NodeType } from '../nodes/index.ts';
import type { ValidationContext } from './context.ts';
import { groupByType } from './groupByType.ts';
import { resolvePattern } from './paths.ts';

/** A text a step cannot do without. `path` as in `FIELD_LIMITS`; it is only checked where present. */
export interface RequiredField {
  nodeType: NodeType;
  path: string;
  label: string;
}

const req = (nodeType: NodeType, label: string, ...paths: string[]): RequiredField[] =>
  paths.map((path) => ({ nodeType, path, label }));

/** Texts that must not be empty. The JSON Schema writer gives them `minLength: 1`. */
export const REQUIRED_FIELDS: readonly RequiredField[] = [
  ...req('text', 'The message text', 'body'),
  ...req('buttons', 'The message body', 'body'),
  ...req('buttons', 'A button title', 'buttons.*.title'),
  ...req('buttons', 'The header text', 'header.text'),
  ...req('list', 'The message body', 'body'),
  ...req('list', 'The list button label', 'buttonLabel'),
  ...req('list', 'A row title', 'sections.*.rows.*.title'),
  ...req('ctaUrl', 'The message body', 'body'),
  ...req('ctaUrl', 'The button text', 'displayText'),
  ...req('ctaUrl', 'The link', 'url'),
  ...req('ctaUrl', 'The header text', 'header.text'),
  ...req('template', 'The template body', 'body'),
  ...req('template', 'The header text', 'header.text'),
  ...req('template', 'A button text', 'buttons.*.text'),
  ...req('template', 'A button’s link', 'buttons.*.url'),
  ...req('template', 'A button’s phone number', 'buttons.*.phoneNumber'),
  ...req('template', 'A copy-code button’s code', 'buttons.*.code'),
  ...req('carousel', 'The message body', 'body'),
  ...req('carousel', 'A button text', 'cards.*.buttons.*.text'),
  ...req('carousel', 'A button’s link', 'cards.*.buttons.*.url'),
  ...req('carousel', 'A button’s phone number', 'cards.*.buttons.*.phoneNumber'),
  ...req('whatsappFlow', 'The message body', 'body'),
  ...req('whatsappFlow', 'The Flow button text', 'cta'),
  ...req('whatsappFlow', 'A screen title', 'screens.*.title'),
  ...req('whatsappFlow', 'A field label', 'screens.*.fields.*.label'),
  ...req('whatsappFlow', 'An option title', 'screens.*.fields.*.options.*.title'),
  ...req('whatsappFlow', 'The template body', 'template.body'),
  ...req('whatsappFlow', 'The template button text', 'template.buttonText'),
  ...req('waitForReply', 'The variable to store the answer in', 'variable'),
  ...req('setField', 'The field name', 'name'),
  ...req('addTag', 'The tag', 'tag'),
  ...req('removeTag', 'The tag', 'tag'),
  ...req('changeStage', 'The pipeline', 'pipeline'),
  ...req('changeStage', 'The stage', 'stage'),
  ...req('webhook', 'The URL', 'url'),
  ...req('goToFlow', 'The flow to go to', 'flowId'),
];

/** `REQUIRED_FIELDS` by step type, in table order: a node looks only at its own. */
const REQUIRED_BY_TYPE = groupByType(REQUIRED_FIELDS);

/** Operators that compare with a value (all but `isSet` / `isNotSet`). */
const NEEDS_NO_VALUE = new Set(['isSet', 'isNotSet']);

/** Required texts are not blank; lists with several sections title each; conditions have values to compare. */
export function checkRequiredFields(ctx: ValidationContext): void {
  for (const node of ctx.graph.nodes) {
    for (const field of REQUIRED_BY_TYPE.get(node.type) ?? []) {
      for (const { path, value } of resolvePattern(node.data, field.path)) {
        if (typeof value === 'string' && value.trim() === '') {
          ctx.report('field.required', `${field.label} is empty.`, { nodeId: node.id, path });
        }
      }
    }
    if (node.type === 'list' && node.data.sections.length > 1) {
      node.data.sections.forEach((section, s) => {
        if ((section.title ?? '').trim() !== '') return;
        ctx.report('field.required', `Section ${s + 1} has no title; a list with several sections needs one on each.`, {
          nodeId: node.id,
          path: `sections.${s}.title`,
        });
      });
    }
    if (node.type === 'condition') {
      node.data.branches.forEach((branch, b) => {
        branch.rules.forEach((rule, r) => {
          if (NEEDS_NO_VALUE.has(rule.operator) || (rule.value ?? '') !== '') return;
          ctx.report('field.required', `A rule of branch “${branch.label}” has nothing to compare with.`, {
            nodeId: node.id,
            path: `branches.${b}.rules.${r}.value`,
          });
        });
      });
    }
  }
}
