import { type NodeCompiler, sendAndContinue } from './shared.ts';

/** Sends, then `next` at once. */
export const compileText: NodeCompiler<'text'> = (node, flow) => sendAndContinue(flow, node.id, node.type);
