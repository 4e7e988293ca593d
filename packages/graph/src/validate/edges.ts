import { choicesOf } from './choices.ts';
import { edgesFromHandle, findOutput, stepName, type ValidationContext } from './context.ts';
import { quote } from './text.ts';

/** Every connection joins two existing steps from an output its source has, one per output; every choice is wired. */
export function checkEdges(ctx: ValidationContext): void {
  for (const edge of ctx.graph.edges) {
    const source = ctx.nodes.get(edge.source);
    if (!source) {
      ctx.report('edge.sourceMissing', `A connection starts at step “${edge.source}”, which does not exist.`, {
        edgeId: edge.id,
        path: 'source',
        hint: 'Delete the connection or reconnect it.',
      });
    }
    if (!ctx.nodes.has(edge.target)) {
      const from = source ? ` from ${stepName(source)}` : '';
      ctx.report('edge.targetMissing', `The connection${from} leads to step “${edge.target}”, which does not exist.`, {
        edgeId: edge.id,
        nodeId: source?.id,
        path: 'target',
        hint: 'Reconnect it to an existing step, or delete it.',
      });
    }
    if (!source) continue;
    const outputs = ctx.outputs.get(source.id) ?? [];
    const output = findOutput(outputs, edge.sourceHandle);
    if (!output) {
      ctx.report(
        'edge.unknownHandle',
        `A connection leaves ${stepName(source)} from “${edge.sourceHandle}”, an output this step does not have.`,
        {
          edgeId: edge.id,
          nodeId: source.id,
          path: 'sourceHandle',
          hint: outputs.length
            ? `Its outputs are: ${outputs.map((o) => o.id).join(', ')}.`
            : 'This step ends the bot and has no outputs.',
        },
      );
      continue;
    }
    // The first connection of this output (the lookup lists them in document order) is the one that counts.
    const first = edgesFromHandle(ctx, source.id, edge.sourceHandle)[0];
    if (first !== undefined && first !== edge) {
      ctx.report(
        'edge.duplicateHandle',
        `Output ${quote(output.label)} of ${stepName(source)} has two connections; it can only lead one way.`,
        {
          edgeId: edge.id,
          nodeId: source.id,
          path: 'sourceHandle',
          hint: `Delete one of “${first.id}” and “${edge.id}”.`,
        },
      );
    }
  }

  for (const node of ctx.nodes.values()) {
    for (const output of ctx.outputs.get(node.id) ?? []) {
      if (!output.required || edgesFromHandle(ctx, node.id, output.id).length > 0) continue;
      const choice = choicesOf(node).find((candidate) => candidate.id === output.id);
      const noun = choice?.noun ?? 'Choice';
      ctx.report('choice.unconnected', `${noun} ${quote(output.label)} is not connected to a next step.`, {
        nodeId: node.id,
        path: choice?.path,
        hint: `Connect ${quote(output.label)} to the step that should follow it, or remove it.`,
      });
    }
  }
}
