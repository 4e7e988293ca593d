import { carouselQuickReplies } from '@salesbot/graph';
import { askQuickReply } from './askQuickReply.ts';
import type { NodeCompiler } from './shared.ts';

/** Sends a carousel template; waits when its cards have quick replies. */
export const compileCarousel: NodeCompiler<'carousel'> = (node, flow) =>
  askQuickReply(
    flow,
    node.id,
    node.type,
    [...new Set(carouselQuickReplies(node.data).map((button) => button.id))],
    node.data.timeout,
  );
