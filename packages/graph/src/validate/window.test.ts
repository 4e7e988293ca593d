import { describe, expect, it } from 'vitest';
import type { GraphInput } from '../graph.ts';
import { createEdge, createGraph, createNode } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

const hours = (amount: number) => ({ duration: { amount, unit: 'hours' as const } });

/** The ids of the steps reported as maybe sent with the window closed. */
function closedAt(graph: GraphInput): string[] {
  return validateGraph(graph)
    .filter((d) => d.code === 'policy.windowMayBeClosed')
    .map((d) => d.nodeId!);
}

describe('window analysis', () => {
  it('allows a text 23 hours after the customer wrote, not 24', () => {
    const graph = (h: number) =>
      createGraph({
        nodes: [createNode('delay', 'wait', hours(h)), createNode('text', 'later')],
        edges: [createEdge('wait', 'later')],
      });
    expect(closedAt(graph(23))).toEqual([]);
    expect(closedAt(graph(24))).toEqual(['later']);
  });

  it('adds delays along a path', () => {
    const graph = createGraph({
      nodes: [
        createNode('delay', 'a', hours(13)),
        createNode('text', 'mid'),
        createNode('delay', 'b', hours(12)),
        createNode('text', 'late'),
      ],
      edges: [createEdge('a', 'mid'), createEdge('mid', 'b'), createEdge('b', 'late')],
    });
    expect(closedAt(graph)).toEqual(['late']);
    expect(validateGraph(graph).find((d) => d.nodeId === 'late')?.message).toContain('after the wait at step “b”');
  });

  it('resets when the customer answers', () => {
    const graph = createGraph({
      nodes: [
        createNode('delay', 'wait', hours(30)),
        createNode('template', 'nudge', { buttons: [{ type: 'quickReply', id: 'yes', text: 'Yes' }] }),
        createNode('text', 'thanks'),
      ],
      edges: [createEdge('wait', 'nudge'), createEdge('nudge', 'thanks', 'yes')],
    });
    expect(closedAt(graph)).toEqual([]);
  });

  it('counts a timeout as time without an answer, and accepts a connected “Window closed”', () => {
    const nodes = [
      createNode('buttons', 'ask', { timeout: { amount: 2, unit: 'days' } }),
      createNode('text', 'reminder'),
      createNode('template', 'fallback'),
      createNode('end', 'done'),
    ];
    const edges = [
      createEdge('ask', 'done', 'yes'),
      createEdge('ask', 'done', 'no'),
      createEdge('ask', 'reminder', 'timeout'),
    ];
    expect(closedAt(createGraph({ nodes, edges }))).toEqual(['reminder']);
    expect(
      closedAt(createGraph({ nodes, edges: [...edges, createEdge('reminder', 'fallback', 'windowClosed')] })),
    ).toEqual([]);
  });

  it('starts closed on a stage change or an API start, open on a message or a broadcast reply', () => {
    const graph = (type: 'stageChanged' | 'api' | 'broadcastReply') =>
      createGraph({
        triggers: [
          type === 'stageChanged'
            ? { id: 't', type, pipeline: 'sales', stage: 'won', nodeId: 'hello' }
            : { id: 't', type, nodeId: 'hello' },
        ],
        nodes: [createNode('text', 'hello')],
      });
    expect(closedAt(graph('stageChanged'))).toEqual(['hello']);
    expect(closedAt(graph('api'))).toEqual(['hello']);
    expect(closedAt(graph('broadcastReply'))).toEqual([]);
  });

  it('treats the “Window closed” output as closed', () => {
    const graph = createGraph({
      nodes: [createNode('delay', 'wait', hours(30)), createNode('text', 'first'), createNode('text', 'second')],
      edges: [createEdge('wait', 'first'), createEdge('first', 'second', 'windowClosed')],
    });
    expect(closedAt(graph)).toEqual(['second']);
  });

  it('trusts a successful send: the next message right after it is in the window', () => {
    const graph = createGraph({
      nodes: [
        createNode('delay', 'wait', hours(30)),
        createNode('text', 'first'),
        createNode('template', 'fallback'),
        createNode('text', 'second'),
      ],
      edges: [
        createEdge('wait', 'first'),
        createEdge('first', 'fallback', 'windowClosed'),
        createEdge('first', 'second'),
      ],
    });
    expect(closedAt(graph)).toEqual([]);
  });

  it('accepts a WhatsApp Flow with a fallback template', () => {
    const template = {
      name: 'signup_t',
      language: 'en',
      category: 'marketing' as const,
      body: 'Join us',
      buttonText: 'Open',
    };
    const graph = (withTemplate: boolean) =>
      createGraph({
        nodes: [
          createNode('delay', 'wait', hours(30)),
          createNode('whatsappFlow', 'form', withTemplate ? { template } : {}),
        ],
        edges: [createEdge('wait', 'form')],
      });
    expect(closedAt(graph(false))).toEqual(['form']);
    expect(closedAt(graph(true))).toEqual([]);
  });

  it.each([1, 0.001])('ends on a loop adding %s seconds a round: it can go on until the window closes', (amount) => {
    const graph = createGraph({
      nodes: [
        createNode('delay', 'tick', { duration: { amount, unit: 'seconds' } }),
        createNode('condition', 'fork', { branches: [{ id: 'go', label: 'Go', rules: [] }] }),
        createNode('text', 'ping'),
      ],
      edges: [createEdge('tick', 'fork'), createEdge('fork', 'tick', 'else'), createEdge('fork', 'ping', 'go')],
    });
    expect(closedAt(graph)).toEqual(['ping']);
    expect(validateGraph(graph).find((d) => d.nodeId === 'ping')?.message).toContain('loop');
  });
});
