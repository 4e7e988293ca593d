import { actAndContinue, type NodeCompiler } from './shared.ts';

/** Its effect (and the working copy), then `next`. */
export const compileRemoveTag: NodeCompiler<'removeTag'> = (node, flow) =>
  actAndContinue(flow, node.id, node.type, { type: 'nodeEffect', params: { nodeId: node.id } });
