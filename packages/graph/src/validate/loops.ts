import { nodeDefinitions } from '../nodes/index.ts';
import { isCustomerInput, linksFrom, stepName, type ValidationContext } from './context.ts';
import { capitalize } from './text.ts';

/**
 * A cycle that passes a sending step and can go round without the customer writing (no choice, answer or form
 * submission on the way) would message the customer forever: an error.
 */
export function checkSendLoops(ctx: ValidationContext): void {
  const successors = new Map<string, string[]>();
  for (const node of ctx.nodes.values()) {
    const next: string[] = [];
    for (const link of linksFrom(ctx, node.id)) if (!isCustomerInput(node, link.output)) next.push(link.target.id);
    successors.set(node.id, next);
  }
  for (const component of stronglyConnectedComponents([...ctx.nodes.keys()], successors)) {
    const first = component[0]!;
    const cyclic = component.length > 1 || (successors.get(first) ?? []).includes(first);
    if (!cyclic) continue;
    const members = new Set(component);
    const nodes = ctx.graph.nodes.filter((node) => members.has(node.id) && ctx.nodes.get(node.id) === node);
    const sender = nodes.find((node) => nodeDefinitions[node.type].sends !== null);
    if (!sender) continue;
    const names = nodes.slice(0, 4).map(stepName);
    const list = nodes.length > 4 ? `${names.join(', ')} and ${nodes.length - 4} more` : joinAnd(names);
    ctx.report(
      'policy.sendLoop',
      nodes.length === 1
        ? `${capitalize(list)} leads back to itself and keeps sending without waiting for the customer.`
        : `${capitalize(list)} form a loop that keeps sending without waiting for the customer.`,
      {
        nodeId: sender.id,
        hint: 'Let the customer answer inside the loop (buttons, a list or “Wait for reply”), or end it.',
      },
    );
  }
}

/** Tarjan's algorithm without recursion, so large graphs cannot overflow the stack. */
function stronglyConnectedComponents(ids: string[], successors: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; next: number }[] = [{ id: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = successors.get(frame.id) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ id: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let id: string;
        do {
          id = stack.pop()!;
          onStack.delete(id);
          component.push(id);
        } while (id !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}

function joinAnd(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
