import { hasErrors, type ValidateOptions, validateGraphDetailed } from '@salesbot/graph';
import { buildMachineConfig } from './buildMachineConfig.ts';
import { createFlowMachine } from './createFlowMachine.ts';
import { createFlowIndex } from './machine/flowIndex.ts';
import type { CompileResult } from './types.ts';

/**
 * Validates a flow document and compiles it: the plain machine config, then the XState machine. A document with
 * errors returns its diagnostics instead. `options` (the workspace's templates, flows, fields) go to the validator.
 */
export function compileGraph(input: unknown, options?: ValidateOptions): CompileResult {
  // The validator's parsed graph is the one compiled: the document is migrated and parsed once.
  const { graph, diagnostics } = validateGraphDetailed(input, options);
  if (graph === null || hasErrors(diagnostics)) return { ok: false, diagnostics };
  const flow = createFlowIndex(graph);
  const config = buildMachineConfig(flow);
  return { ok: true, graph, config, machine: createFlowMachine(flow, config) };
}
