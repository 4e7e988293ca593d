import { carouselQuickReplies, type Graph, type GraphNode, nodeDefinitions } from '@salesbot/graph';
import { MAX_STEPS_WITHOUT_WAIT } from './context.ts';

/**
 * The steps that can be entered as more than the `MAX_STEPS_WITHOUT_WAIT`th step of a run — only these need the
 * loop guard. A run moves on without waiting along every output of a step that does not wait, and along the
 * `windowClosed` output of a step that does (its send was refused, so it does not wait). A step needs the guard
 * when it lies on or after a cycle of such outputs, or when the longest such chain ending at it is too long. The
 * longest chain from any step is an upper bound of how deep a run can enter it, so this never drops a needed
 * guard.
 */
export function loopGuardedNodes(graph: Graph): Set<string> {
  const ids = new Set(graph.nodes.map((node) => node.id));
  const waits = new Set(graph.nodes.filter(waitsBeforeMovingOn).map((node) => node.id));
  const next = new Map<string, string[]>();
  const inDegree = new Map<string, number>([...ids].map((id) => [id, 0]));
  for (const edge of graph.edges) {
    if (!ids.has(edge.source) || !ids.has(edge.target)) continue;
    if (waits.has(edge.source) && edge.sourceHandle !== 'windowClosed') continue;
    const targets = next.get(edge.source);
    if (targets) targets.push(edge.target);
    else next.set(edge.source, [edge.target]);
    inDegree.set(edge.target, (inDegree.get(edge.target) ?? 0) + 1);
  }
  // Kahn's order: what it never reaches lies on a cycle or after one.
  const depth = new Map<string, number>();
  const ready = [...ids].filter((id) => inDegree.get(id) === 0);
  for (const id of ready) depth.set(id, 1);
  for (let i = 0; i < ready.length; i++) {
    const id = ready[i] as string;
    for (const target of next.get(id) ?? []) {
      depth.set(target, Math.max(depth.get(target) ?? 0, (depth.get(id) ?? 1) + 1));
      const left = (inDegree.get(target) ?? 0) - 1;
      inDegree.set(target, left);
      if (left === 0) ready.push(target);
    }
  }
  const reached = new Set(ready);
  return new Set([...ids].filter((id) => !reached.has(id) || (depth.get(id) ?? 0) > MAX_STEPS_WITHOUT_WAIT));
}

/** Steps that wait once their send went out (or always): their other outputs start a new run. */
function waitsBeforeMovingOn(node: GraphNode): boolean {
  switch (node.type) {
    case 'delay':
    case 'webhook':
      return true;
    case 'template':
      return node.data.buttons.some((button) => button.type === 'quickReply');
    case 'carousel':
      return carouselQuickReplies(node.data).length > 0;
    default:
      return nodeDefinitions[node.type].waitsForCustomer;
  }
}
