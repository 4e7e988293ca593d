import { enter, go, loopGuard, type NodeCompiler } from './shared.ts';

/** The first branch whose rules hold, else `else`. */
export const compileCondition: NodeCompiler<'condition'> = (node, flow) => ({
  meta: { nodeId: node.id, type: node.type },
  entry: enter(node.id),
  always: [
    ...loopGuard(flow, node.id),
    ...node.data.branches.map((branch) =>
      go(flow, node.id, branch.id, 'completed', [], {
        type: 'branch',
        params: { nodeId: node.id, branchId: branch.id },
      }),
    ),
    go(flow, node.id, 'else'),
  ],
});
