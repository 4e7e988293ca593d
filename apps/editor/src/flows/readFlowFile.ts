import { type Diagnostic, type Graph, graphSchema, migrateGraph, validateGraph } from '@salesbot/graph';

export interface FileProblem {
  /** Where in the file: "Step ask_budget › buttons.0.title", "Edge e3", "File". */
  where: string;
  message: string;
}

export type ReadFlowResult =
  | { ok: true; graph: Graph; problems: Diagnostic[] }
  | { ok: false; problems: FileProblem[] };

/**
 * Reads a flow file's text: JSON, migrated to the current schema version and parsed. A file that is not a flow
 * is refused with each problem and where it is; a flow that parses is accepted even with validation problems
 * (a draft may be unfinished) — they come back in `problems`.
 */
export function readFlowFile(text: string): ReadFlowResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ where: 'File', message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  const diagnostics = validateGraph(json);
  const schemaProblems = diagnostics.filter((diagnostic) => diagnostic.code === 'schema.invalid');
  const parsed = graphSchema.safeParse(migrateGraph(json));
  if (schemaProblems.length > 0 || !parsed.success) {
    const problems = schemaProblems.map((d) => ({ where: describeWhere(d), message: d.message }));
    if (problems.length === 0) problems.push({ where: 'File', message: 'The file does not hold a Salesbot flow.' });
    return { ok: false, problems };
  }
  return { ok: true, graph: parsed.data, problems: diagnostics };
}

/** "Step ask › buttons.0.title" for a diagnostic's location. */
export function describeWhere(diagnostic: Diagnostic): string {
  const parts: string[] = [];
  if (diagnostic.nodeId) parts.push(`Step ${diagnostic.nodeId}`);
  else if (diagnostic.triggerId) parts.push(`Trigger ${diagnostic.triggerId}`);
  else if (diagnostic.edgeId) parts.push(`Edge ${diagnostic.edgeId}`);
  if (diagnostic.path) parts.push(diagnostic.path);
  return parts.length > 0 ? parts.join(' › ') : 'Flow';
}
