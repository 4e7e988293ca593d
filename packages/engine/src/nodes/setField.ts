import { actAndContinue, type NodeCompiler } from './shared.ts';

/** A variable, or a contact field with a `setField` effect; then `next`. */
export const compileSetField: NodeCompiler<'setField'> = (node, flow) =>
  actAndContinue(flow, node.id, node.type, { type: 'nodeEffect', params: { nodeId: node.id } });
