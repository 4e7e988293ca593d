import { askChoice } from './askChoice.ts';
import type { NodeCompiler } from './shared.ts';

/** Sends reply buttons and waits for a tap (or a text equal to a button's title). */
export const compileButtons: NodeCompiler<'buttons'> = (node, flow) =>
  askChoice(
    flow,
    node.id,
    node.type,
    node.data.buttons.map((button) => button.id),
    node.data.maxRetries,
    node.data.timeout,
  );
