import type { GraphNode } from '@salesbot/graph';
import { type NodeRenderer, nodeRenderers } from './nodes/index.ts';
import type { RenderOptions } from './nodes/shared.ts';
import type { OutboundMessage, PlaceholderValues, SendingNode, SendingNodeType } from './types.ts';

/**
 * The Cloud API message body a sending step produces, its placeholders filled from `values`
 * (keys as `interpolate` takes them: `budget`, `contact.name`). Pure; never throws for schema-valid data.
 */
export function renderNodeMessage(
  node: SendingNode,
  values: PlaceholderValues,
  options: RenderOptions,
): OutboundMessage {
  // The registry is indexed by the node's own type, so the renderer matches the node.
  const render = nodeRenderers[node.type] as NodeRenderer<SendingNodeType>;
  return render(node, values, options);
}

/** Whether a node is of a step type that sends a message (and so can be passed to `renderNodeMessage`). */
export function isSendingNode(node: GraphNode): node is SendingNode {
  return Object.hasOwn(nodeRenderers, node.type);
}
