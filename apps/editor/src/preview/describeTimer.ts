import type { Graph } from '@salesbot/graph';

const PURPOSE: Record<string, string> = {
  timeout: 'no answer',
  gather: 'end of the burst',
  delay: 'delay',
};

/** A timer in words: “Ask email · no answer”. Timer ids are `<nodeId>:<purpose>:<n>`. */
export function describeTimer(graph: Graph, timerId: string): { nodeId: string; purpose: string; text: string } {
  const parts = timerId.split(':');
  const purpose = parts.length >= 3 ? (parts[parts.length - 2] ?? '') : '';
  const nodeId = parts.length >= 3 ? parts.slice(0, -2).join(':') : timerId;
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  const name = node?.label ?? nodeId;
  return { nodeId, purpose, text: `${name} · ${PURPOSE[purpose] ?? purpose}` };
}
