import { type Diagnostic, type Graph, type ValidateOptions, validateGraph } from '@salesbot/graph';

/**
 * Diagnostic codes that depend only on one step's own data (and the flow's variables and the workspace's templates
 * and fields), not on edges, triggers or paths: they can be checked for one edited step on its own.
 */
export const LOCAL_CODES: ReadonlySet<string> = new Set([
  'schema.invalid',
  'choice.reservedId',
  'choice.duplicateId',
  'choice.duplicateTitle',
  'regex.invalid',
  'url.invalid',
  'field.required',
  'limit.tooLong',
  'limit.tooMany',
  'limit.tooFew',
  'limit.tooLarge',
  'media.noSource',
  'media.twoSources',
  'media.captionNotAllowed',
  'template.paramCount',
  'template.paramFormat',
  'template.copyCodeNotMarketing',
  'carousel.layoutMismatch',
  'whatsappFlow.unknownField',
  'whatsappFlow.duplicateName',
  'whatsappFlow.ctaEmoji',
  'waitForReply.invalidBounds',
  'variable.unknown',
  'variable.unknownContactField',
  'variable.uncheckedContactField',
  'policy.authenticationTemplate',
  'policy.carouselNotMarketing',
  'template.unknown',
  'template.notApproved',
  'template.categoryMismatch',
]);

/**
 * The local diagnostics of a few steps, each validated alone (a one-step flow with the same variables): well under
 * a millisecond a step, so the field being typed in gets its verdict at once while the whole flow is validated in
 * the worker.
 */
export function validateStepsLocally(graph: Graph, nodeIds: Iterable<string>, options: ValidateOptions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const id of nodeIds) {
    const node = graph.nodes.find((n) => n.id === id);
    if (!node) continue;
    const alone = { ...graph, triggers: [], edges: [], nodes: [node] };
    for (const d of validateGraph(alone, options)) if (d.nodeId === id && LOCAL_CODES.has(d.code)) diagnostics.push(d);
  }
  return diagnostics;
}

/** `current` with the local diagnostics of `nodeIds` replaced by `local`. */
export function mergeLocalDiagnostics(
  current: readonly Diagnostic[],
  nodeIds: ReadonlySet<string>,
  local: readonly Diagnostic[],
): Diagnostic[] {
  return [...current.filter((d) => !(d.nodeId && nodeIds.has(d.nodeId) && LOCAL_CODES.has(d.code))), ...local];
}
