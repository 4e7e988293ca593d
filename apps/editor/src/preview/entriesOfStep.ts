import type { Effect, StepResult } from '@salesbot/engine';
import type { Graph } from '@salesbot/graph';
import { describeEnd } from './describeEnd.ts';
import type { TranscriptEntry } from './previewTypes.ts';

/**
 * What one engine step shows in the chat, in the order it happened (the step's trace): the bot's messages,
 * a refused send and the fallback it took, a webhook call waiting for its answer, the end of the session.
 * Also the steps entered and edges taken, for the canvas.
 */
export function entriesOfStep(
  graph: Graph,
  result: StepResult,
  options: { action: number; nextId: () => string; handoff: Extract<Effect, { type: 'handoff' }> | null },
): { entries: TranscriptEntry[]; path: { nodeIds: string[]; edgeIds: string[] } } {
  const { action, nextId } = options;
  const entries: TranscriptEntry[] = [];
  const nodeIds: string[] = [];
  const edgeIds: string[] = [];
  const effects = new Map(result.effects.flatMap((effect) => ('id' in effect ? [[effect.id, effect] as const] : [])));
  const label = (nodeId: string) => {
    const node = graph.nodes.find((candidate) => candidate.id === nodeId);
    return node?.label ? `“${node.label}”` : `step ${nodeId}`;
  };
  const trace = result.trace;
  for (const [i, entry] of trace.entries()) {
    switch (entry.kind) {
      case 'enter':
        nodeIds.push(entry.nodeId);
        break;
      case 'edge':
        if (entry.edgeId) edgeIds.push(entry.edgeId);
        break;
      case 'policy': {
        if (entry.allowed) break;
        const next = trace.slice(i + 1).find((later) => later.kind === 'edge' && later.from === entry.nodeId);
        const fallback = next?.kind === 'edge' && next.handle === 'windowClosed' && next.to !== null;
        entries.push({
          kind: 'notice',
          id: nextId(),
          at: entry.at,
          code: fallback ? 'fallback' : 'refused',
          tone: fallback ? 'warning' : 'danger',
          text: fallback
            ? `Window closed: ${label(entry.nodeId)} cannot send free-form, its template fallback goes instead`
            : `Not sent (${label(entry.nodeId)}): ${entry.reason}`,
          detail: entry.reason,
          nodeId: entry.nodeId,
          action,
        });
        break;
      }
      case 'effect': {
        const effect = entry.effectId ? effects.get(entry.effectId) : undefined;
        if (effect?.type === 'send') {
          entries.push({ kind: 'bot', id: nextId(), at: entry.at, send: effect, action });
        } else if (entry.effect === 'callWebhook') {
          const call = result.effects.find((candidate) => candidate.type === 'callWebhook');
          entries.push({
            kind: 'notice',
            id: nextId(),
            at: entry.at,
            code: 'webhook',
            tone: 'info',
            text:
              call?.type === 'callWebhook' ? `Webhook ${call.method} ${call.url}: waiting for your answer` : 'Webhook',
            ...(entry.nodeId ? { nodeId: entry.nodeId } : {}),
            action,
          });
        }
        break;
      }
      case 'end': {
        const handoff = result.effects.find((effect) => effect.type === 'handoff') ?? options.handoff;
        const described = describeEnd(entry, handoff?.type === 'handoff' ? handoff : null);
        const next = result.effects.find((effect) => effect.type === 'startFlow');
        const { tone } = described;
        const text =
          next?.type === 'startFlow'
            ? `Continues in the flow “${next.flowId}” (not played in the preview)`
            : described.text;
        entries.push({
          kind: 'notice',
          id: nextId(),
          at: entry.at,
          code: 'ended',
          tone,
          text,
          ...(entry.detail ? { detail: entry.detail } : {}),
          action,
        });
        break;
      }
      default:
        break;
    }
  }
  return { entries, path: { nodeIds, edgeIds } };
}
