import type { ValidationContext } from './context.ts';

/** Node, edge and trigger ids, and variable names, are each unique. */
export function checkIds(ctx: ValidationContext): void {
  const { graph } = ctx;
  const seen = <T>(items: readonly T[], key: (item: T) => string, onRepeat: (item: T, index: number) => void) => {
    const keys = new Set<string>();
    items.forEach((item, index) => {
      const value = key(item);
      if (keys.has(value)) onRepeat(item, index);
      keys.add(value);
    });
  };
  seen(
    graph.nodes,
    (node) => node.id,
    (node) =>
      ctx.report('node.duplicateId', `Two steps have the id “${node.id}”.`, {
        nodeId: node.id,
        hint: 'Give one of them another id; connections cannot tell them apart.',
      }),
  );
  seen(
    graph.edges,
    (edge) => edge.id,
    (edge) => ctx.report('edge.duplicateId', `Two connections have the id “${edge.id}”.`, { edgeId: edge.id }),
  );
  seen(
    graph.triggers,
    (trigger) => trigger.id,
    (trigger) =>
      ctx.report('trigger.duplicateId', `Two triggers have the id “${trigger.id}”.`, { triggerId: trigger.id }),
  );
  seen(
    graph.variables,
    (variable) => variable.name,
    (variable, index) =>
      ctx.report('variable.duplicate', `The variable “${variable.name}” is declared twice.`, {
        path: `variables.${index}.name`,
      }),
  );
}
