import { compileGraph, formatFailure, playConversation, type ScriptConversation } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';

/**
 * Plays a script's conversation against `graph` the way `npx salesbot test` does: null when everything went as the
 * script says, otherwise the first difference as readable lines.
 */
export function compareWithScript(graph: Graph, conversation: ScriptConversation): string[] | null {
  const compiled = compileGraph(graph);
  if (!compiled.ok) return ['The flow has errors: fix them to play the script'];
  const failure = playConversation(compiled, conversation);
  return failure ? formatFailure(failure) : null;
}
