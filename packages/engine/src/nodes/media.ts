import { type NodeCompiler, sendAndContinue } from './shared.ts';

/** Sends, then `next` at once. */
export const compileMedia: NodeCompiler<'media'> = (node, flow) => sendAndContinue(flow, node.id, node.type);
