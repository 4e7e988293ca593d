import { actAndEnd, type NodeCompiler } from './shared.ts';

/** A `handoff` effect; the session ends (`handoff`). */
export const compileHandoff: NodeCompiler<'handoff'> = (node, flow) =>
  actAndEnd(flow, node.id, node.type, [{ type: 'nodeEffect', params: { nodeId: node.id } }], 'handoff');
