import { entryNodes, linksFrom, stepName, type ValidationContext } from './context.ts';
import { capitalize } from './text.ts';

/** Steps no trigger leads to are reported (a warning: drafts often have them). */
export function checkReachability(ctx: ValidationContext): void {
  if (ctx.graph.triggers.length === 0) return; // `graph.noTrigger` says it all
  const reached = new Set<string>();
  const queue = entryNodes(ctx).map((node) => node.id);
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const link of linksFrom(ctx, id)) queue.push(link.target.id);
  }
  for (const node of ctx.nodes.values()) {
    if (reached.has(node.id)) continue;
    ctx.report('node.unreachable', `${capitalize(stepName(node))} can never run: no trigger leads to it.`, {
      nodeId: node.id,
      hint: 'Connect it from a previous step, or delete it.',
    });
  }
}
