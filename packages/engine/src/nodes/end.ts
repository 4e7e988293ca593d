import { actAndEnd, type NodeCompiler } from './shared.ts';

/** The session ends (`completed`, with the step's reason as the detail). */
export const compileEnd: NodeCompiler<'end'> = (node, flow) =>
  actAndEnd(flow, node.id, node.type, [], 'completed', node.data.reason);
