import { actAndEnd, type NodeCompiler } from './shared.ts';

/** A `handoff` effect; the session ends (`handoff`). */
export const compileHandoff: NodeCompiler<'handoff'> = (node) =>
  actAndEnd(node.id, node.type, [{ type: 'nodeEffect', params: { nodeId: node.id } }], 'handoff');
