import type { Graph, GraphNode } from '@salesbot/graph';

/** A small valid graph for tests: trigger → buttons → (text | end). */
export function createTestGraph(overrides: Partial<Graph> = {}): Graph {
  const nodes: GraphNode[] = [
    {
      id: 'ask',
      type: 'buttons',
      position: { x: 0, y: 0 },
      data: {
        body: 'Want a demo?',
        buttons: [
          { id: 'yes', title: 'Yes' },
          { id: 'no', title: 'No' },
        ],
        maxRetries: 2,
      },
    },
    { id: 'thanks', type: 'text', position: { x: 400, y: 0 }, data: { body: 'Great, *see you* soon' } },
    { id: 'bye', type: 'end', position: { x: 400, y: 200 }, data: {} },
  ];
  return {
    schemaVersion: 1,
    id: 'demo',
    name: 'Demo',
    triggers: [{ id: 't1', type: 'inboundMessage', match: { kind: 'any' }, newContactsOnly: false, nodeId: 'ask' }],
    variables: [{ name: 'budget', type: 'text' }],
    nodes,
    edges: [
      { id: 'e1', source: 'ask', sourceHandle: 'yes', target: 'thanks' },
      { id: 'e2', source: 'ask', sourceHandle: 'no', target: 'bye' },
    ],
    ...overrides,
  };
}
