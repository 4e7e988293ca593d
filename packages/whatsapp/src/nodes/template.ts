import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { bodyComponents, buttonComponents, headerComponents, templatePayload } from './templateParts.ts';

/**
 * A template step: `{ type: "template", template: { name, language: { code }, components? } }` with header,
 * body and button components for the parameters it has (see docs/engine-semantics.md, "Wire rendering").
 */
export function renderTemplate(node: NodeOf<'template'>, values: PlaceholderValues): OutboundMessage {
  const { name, language, parameterFormat, header, bodyParams, buttons } = node.data;
  const named = parameterFormat === 'named';
  const components = [
    ...headerComponents(header, values, named),
    ...bodyComponents(bodyParams, values, named),
    ...buttonComponents(buttons, values),
  ];
  return { type: 'template', template: templatePayload(name, language, components) };
}
