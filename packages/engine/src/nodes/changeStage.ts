import { actAndContinue, type NodeCompiler } from './shared.ts';

/** Its effect (and the working copy), then `next`. */
export const compileChangeStage: NodeCompiler<'changeStage'> = (node, flow) =>
  actAndContinue(flow, node.id, node.type, { type: 'nodeEffect', params: { nodeId: node.id } });
