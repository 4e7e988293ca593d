import { actAndEnd, type NodeCompiler } from './shared.ts';

/** A `startFlow` effect; the session ends (`goToFlow`). */
export const compileGoToFlow: NodeCompiler<'goToFlow'> = (node, flow) =>
  actAndEnd(flow, node.id, node.type, [{ type: 'nodeEffect', params: { nodeId: node.id } }], 'goToFlow');
