import { listRows } from '@salesbot/graph';
import { askChoice } from './askChoice.ts';
import type { NodeCompiler } from './shared.ts';

/** Sends a list and waits for a row (or a text equal to a row's title). */
export const compileList: NodeCompiler<'list'> = (node, flow) =>
  askChoice(
    flow,
    node.id,
    node.type,
    listRows(node.data).map((row) => row.id),
    node.data.maxRetries,
    node.data.timeout,
  );
