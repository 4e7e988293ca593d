import { type Graph, graphSchema, migrateGraph, validateGraph } from '@salesbot/graph';
import { describeWhere, type FileProblem } from '../flows/readFlowFile.ts';

/**
 * A stored draft as an editable graph: migrated and parsed (defaults filled). A draft the schema refuses cannot
 * be edited safely; its problems come back instead.
 */
export function openFlowGraph(draft: unknown): { ok: true; graph: Graph } | { ok: false; problems: FileProblem[] } {
  const parsed = graphSchema.safeParse(migrateGraph(draft));
  if (parsed.success) return { ok: true, graph: parsed.data };
  const problems = validateGraph(draft)
    .filter((d) => d.code === 'schema.invalid')
    .map((d) => ({ where: describeWhere(d), message: d.message }));
  return {
    ok: false,
    problems: problems.length > 0 ? problems : [{ where: 'Flow', message: 'The draft is not a flow.' }],
  };
}
