import { type NodeCompiler, sendAndContinue } from './shared.ts';

/** Sends, then `next` at once. */
export const compileCtaUrl: NodeCompiler<'ctaUrl'> = (node, flow) => sendAndContinue(flow, node.id, node.type);
