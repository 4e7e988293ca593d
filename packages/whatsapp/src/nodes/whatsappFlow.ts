import type { NodeOf } from '@salesbot/graph';
import type { OutboundMessage, PlaceholderValues } from '../types.ts';
import { fill, fillOptional, interactiveFrame, type RenderOptions } from './shared.ts';
import { bodyComponents, templatePayload } from './templateParts.ts';

/** The `flow_token` of a step's Flow: `<sessionId>:<nodeId>`, so the completion (which carries no Flow id) finds both. */
export function flowToken(sessionId: string, nodeId: string): string {
  return `${sessionId}:${nodeId}`;
}

/**
 * A WhatsApp Flow step inside the window: `interactive.type: "flow"`, opening the Flow at its first screen.
 * `flow_id` when the step knows Meta's id, else `flow_name`.
 */
export function renderWhatsappFlow(
  node: NodeOf<'whatsappFlow'>,
  values: PlaceholderValues,
  options: RenderOptions,
): OutboundMessage {
  const { flowId, flowName, mode, header, body, footer, cta, screens } = node.data;
  const headerText = fillOptional(header, values);
  const firstScreen = screens[0];
  return {
    type: 'interactive',
    interactive: {
      type: 'flow',
      ...interactiveFrame(
        headerText === undefined ? undefined : { type: 'text' as const, text: headerText },
        fill(body, values),
        fillOptional(footer, values),
      ),
      action: {
        name: 'flow',
        parameters: {
          flow_message_version: '3',
          flow_token: flowToken(options.sessionId, node.id),
          ...(flowId ? { flow_id: flowId } : { flow_name: flowName }),
          flow_cta: fill(cta, values),
          mode,
          flow_action: 'navigate',
          ...(firstScreen ? { flow_action_payload: { screen: firstScreen.id } } : {}),
        },
      },
    },
  };
}

/**
 * The step's Flow template, for when the window is closed: body parameters, then the Flow button
 * (`sub_type: "flow"`, index 0: the template's only button) carrying the same `flow_token` as the interactive
 * message. Null when the step has no template.
 */
export function renderFlowTemplate(
  node: NodeOf<'whatsappFlow'>,
  values: PlaceholderValues,
  options: RenderOptions,
): OutboundMessage | null {
  const template = node.data.template;
  if (!template) return null;
  const named = template.parameterFormat === 'named';
  return {
    type: 'template',
    template: templatePayload(template.name, template.language, [
      ...bodyComponents(template.bodyParams, values, named),
      {
        type: 'button',
        sub_type: 'flow',
        index: '0',
        parameters: [{ type: 'action', action: { flow_token: flowToken(options.sessionId, node.id) } }],
      },
    ]),
  };
}
