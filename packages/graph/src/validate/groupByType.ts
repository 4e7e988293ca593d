import type { NodeType } from '../nodes/index.ts';

/** The rows of a per-step-type table grouped by type, each group in table order. */
export function groupByType<T extends { nodeType: NodeType }>(rows: readonly T[]): Map<NodeType, T[]> {
  const groups = new Map<NodeType, T[]>();
  for (const row of rows) {
    const group = groups.get(row.nodeType);
    if (group) group.push(row);
    else groups.set(row.nodeType, [row]);
  }
  return groups;
}
