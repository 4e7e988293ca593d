import { findPlaceholders, type GraphNode } from '@salesbot/graph';

/**
 * Values that fill every placeholder of a node with itself (`{{budget}}` → `{{budget}}`), so rendering the message
 * for the canvas keeps the placeholders visible instead of blanking them.
 */
export function placeholderEcho(node: GraphNode): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { key } of findPlaceholders(JSON.stringify(node.data))) values[key] = `{{${key}}}`;
  return values;
}
