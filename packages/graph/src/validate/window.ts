import type { NodeOutput } from '../common.ts';
import { durationToMs } from '../duration.ts';
import type { GraphNode, Trigger } from '../graph.ts';
import { CUSTOMER_SERVICE_WINDOW_MS } from '../limits.ts';
import { nodeDefinitions } from '../nodes/index.ts';
import { edgesFromHandle, isCustomerInput, linksFrom, stepName, type ValidationContext } from './context.ts';
import { capitalize } from './text.ts';

const WINDOW = CUSTOMER_SERVICE_WINDOW_MS;

/** Why a step may be reached with the window closed: where the bound first reached 24 hours. */
type Cause =
  | { kind: 'trigger'; trigger: Trigger }
  | { kind: 'wait' | 'timeout' | 'windowClosed' | 'loop'; node: GraphNode };

/** An upper bound of the time since the customer's last message when a step is entered (saturated at 24 h). */
export interface WindowBound {
  ms: number;
  cause?: Cause;
}

/**
 * A free-form step (or a WhatsApp Flow without a fallback template) that may be entered 24 hours or more after
 * the customer last wrote, and has no connected “Window closed” output, is an error: WhatsApp would refuse it.
 */
export function checkWindow(ctx: ValidationContext): void {
  const bounds = analyzeWindow(ctx);
  for (const [nodeId, bound] of bounds) {
    const node = ctx.nodes.get(nodeId);
    if (!node || bound.ms < WINDOW || !needsWindow(node)) continue;
    if (edgesFromHandle(ctx, node.id, 'windowClosed').length > 0) continue;
    const step = stepName(node);
    ctx.report(
      'policy.windowMayBeClosed',
      `${capitalize(step)} sends a free-form message, but it can be reached when the 24-hour window has closed${explain(bound.cause)}. WhatsApp then only allows templates.`,
      {
        nodeId: node.id,
        hint:
          node.type === 'whatsappFlow'
            ? 'Add a Flow template for a closed window, or connect “Window closed” to an approved template.'
            : 'Connect “Window closed” to an approved template.',
      },
    );
  }
}

/** Whether sending the step needs the customer-service window to be open. */
function needsWindow(node: GraphNode): boolean {
  const sends = nodeDefinitions[node.type].sends;
  return sends === 'freeForm' || (node.type === 'whatsappFlow' && !node.data.template);
}

/**
 * Upper bounds of the time since the customer's last message, for each step a trigger reaches, as a fixpoint
 * over the graph. Customer input resets the bound to 0; delays, timeouts and webhook calls add their time; the
 * “Window closed” output is closed by definition; a successful free-form send proves the window was open.
 * A bound still growing after as many rounds as there are steps lies on a cycle that adds time without customer
 * input, which can go round until the window closes, so it jumps to 24 h: the iteration always ends.
 */
export function analyzeWindow(ctx: ValidationContext): Map<string, WindowBound> {
  const bounds = new Map<string, WindowBound>();
  const updates = new Map<string, number>();
  const queue: string[] = [];
  const raise = (node: GraphNode, candidate: WindowBound) => {
    const current = bounds.get(node.id);
    if (current && current.ms >= candidate.ms) return;
    const count = (updates.get(node.id) ?? 0) + 1;
    updates.set(node.id, count);
    const next = count > ctx.nodes.size + 1 ? { ms: WINDOW, cause: { kind: 'loop', node } as const } : candidate;
    bounds.set(node.id, { ms: Math.min(next.ms, WINDOW), cause: next.cause });
    queue.push(node.id);
  };

  for (const trigger of ctx.graph.triggers) {
    const node = trigger.nodeId === null ? undefined : ctx.nodes.get(trigger.nodeId);
    if (!node) continue;
    const customerWrote = trigger.type === 'inboundMessage' || trigger.type === 'broadcastReply';
    raise(node, customerWrote ? { ms: 0 } : { ms: WINDOW, cause: { kind: 'trigger', trigger } });
  }

  // Read by index: `shift()` would copy the queue on every step of a big flow.
  for (let next = 0; next < queue.length; next++) {
    const node = ctx.nodes.get(queue[next]!)!;
    const bound = bounds.get(node.id)!;
    for (const link of linksFrom(ctx, node.id)) {
      raise(link.target, afterOutput(node, link.output, bound));
    }
  }
  return bounds;
}

/** The bound on leaving `node` through `output`, given the bound on entering it. */
function afterOutput(node: GraphNode, output: NodeOutput, entry: WindowBound): WindowBound {
  if (output.kind === 'windowClosed') return { ms: WINDOW, cause: { kind: 'windowClosed', node } };
  if (isCustomerInput(node, output)) {
    // A reply gathered over `gatherSeconds` of silence is taken that long after its last fragment.
    return { ms: node.type === 'waitForReply' ? (node.data.gatherSeconds ?? 0) * 1000 : 0 };
  }

  // Any other output of a step that needs the window was taken with the window open.
  const sent = needsWindow(node) ? { ms: Math.min(entry.ms, WINDOW - 1), cause: entry.cause } : entry;
  let added = 0;
  let kind: 'wait' | 'timeout' = 'wait';
  if (output.kind === 'timeout' && 'timeout' in node.data && node.data.timeout) {
    added = durationToMs(node.data.timeout);
    kind = 'timeout';
  } else if (node.type === 'delay') added = durationToMs(node.data.duration);
  else if (node.type === 'webhook') added = node.data.timeoutSeconds * 1000;

  const ms = sent.ms + (Number.isFinite(added) ? added : WINDOW);
  if (ms >= WINDOW && sent.ms < WINDOW) return { ms: WINDOW, cause: { kind, node } };
  return { ms: Math.min(ms, WINDOW), cause: sent.cause };
}

function explain(cause: Cause | undefined): string {
  switch (cause?.kind) {
    case 'trigger':
      return `: the flow can start from a ${TRIGGER_NAMES[cause.trigger.type]} without a recent customer message`;
    case 'wait':
      return ` after the wait at ${stepName(cause.node)}`;
    case 'timeout':
      return ` when the customer does not answer ${stepName(cause.node)} in time`;
    case 'windowClosed':
      return ` through the “Window closed” output of ${stepName(cause.node)}`;
    case 'loop':
      return ' through a loop that keeps waiting without the customer writing';
    default:
      return '';
  }
}

const TRIGGER_NAMES: Record<Trigger['type'], string> = {
  inboundMessage: 'message',
  broadcastReply: 'broadcast reply',
  stageChanged: 'stage change',
  api: 'API call',
};
