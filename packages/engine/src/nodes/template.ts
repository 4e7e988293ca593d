import { askQuickReply } from './askQuickReply.ts';
import type { NodeCompiler } from './shared.ts';

/** Sends an approved template; waits when it has quick replies. */
export const compileTemplate: NodeCompiler<'template'> = (node, flow) =>
  askQuickReply(
    flow,
    node.id,
    node.type,
    node.data.buttons.flatMap((button) => (button.type === 'quickReply' ? [button.id] : [])),
    node.data.timeout,
  );
