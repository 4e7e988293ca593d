import type { ValidationContext } from './context.ts';
import { closest } from './text.ts';

/** With the workspace's flow ids known, every “Go to flow” names one of them. */
export function checkGoToFlow(ctx: ValidationContext): void {
  const known = ctx.options.knownFlowIds;
  if (!known) return;
  const ids = new Set(known);
  for (const node of ctx.graph.nodes) {
    if (node.type !== 'goToFlow' || node.data.flowId === '' || ids.has(node.data.flowId)) continue;
    const suggestion = closest(node.data.flowId, known);
    ctx.report('flow.unknownTarget', `“Go to flow” names the flow “${node.data.flowId}”, which does not exist.`, {
      nodeId: node.id,
      path: 'flowId',
      hint: suggestion ? `Did you mean “${suggestion}”?` : 'Pick one of the workspace’s flows.',
    });
  }
}
