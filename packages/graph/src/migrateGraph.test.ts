import { describe, expect, it } from 'vitest';
import { graphSchema } from './graph.ts';
import { migrateGraph } from './migrateGraph.ts';
import { validateGraph } from './validate/validateGraph.ts';

/** A flow as the first, unversioned editor saved it. */
const V0 = {
  id: 'welcome-v0',
  name: 'Welcome (old format)',
  trigger: { event: 'message', keywords: ['hi', 'hello'], startBlockId: 'greet' },
  variables: ['plan'],
  blocks: [
    {
      id: 'greet',
      kind: 'buttons',
      data: {
        body: 'Hi! Free or Pro?',
        buttons: [
          { id: 'free', title: 'Free' },
          { id: 'pro', title: 'Pro' },
        ],
      },
    },
    { id: 'wait', kind: 'delay', data: { seconds: 7200 } },
    { id: 'bye', kind: 'text', data: { body: 'You chose {{plan}}.' } },
    { id: 'stop', kind: 'end', data: {} },
  ],
  edges: [
    { from: { blockId: 'greet', handle: 'free' }, to: 'wait' },
    { from: { blockId: 'greet', handle: 'pro' }, to: 'wait' },
    { from: { blockId: 'wait' }, to: 'bye' },
    { id: 'last', from: { blockId: 'bye' }, to: 'stop' },
  ],
};

describe('migrateGraph', () => {
  it('migrates a version-0 document to a valid current graph', () => {
    const migrated = migrateGraph(V0);
    const graph = graphSchema.parse(migrated);
    expect(graph.schemaVersion).toBe(1);
    expect(graph.triggers).toEqual([
      {
        id: 'trigger-1',
        type: 'inboundMessage',
        nodeId: 'greet',
        match: { kind: 'keyword', keywords: ['hi', 'hello'], contains: false },
        newContactsOnly: false,
      },
    ]);
    expect(graph.variables).toEqual([{ name: 'plan', type: 'text' }]);
    expect(graph.nodes.map((node) => node.type)).toEqual(['buttons', 'delay', 'text', 'end']);
    expect(graph.nodes[1]?.data).toEqual({ duration: { amount: 2, unit: 'hours' } });
    expect(graph.edges).toEqual([
      { id: 'edge-1', source: 'greet', sourceHandle: 'free', target: 'wait' },
      { id: 'edge-2', source: 'greet', sourceHandle: 'pro', target: 'wait' },
      { id: 'edge-3', source: 'wait', sourceHandle: 'next', target: 'bye' },
      { id: 'last', source: 'bye', sourceHandle: 'next', target: 'stop' },
    ]);
    expect(validateGraph(V0)).toEqual([]);
  });

  it('maps the other version-0 triggers', () => {
    const trigger = (t: object) => (migrateGraph({ ...V0, trigger: t }) as { triggers: unknown[] }).triggers[0];
    expect(trigger({ event: 'stageChanged', pipeline: 'sales', stage: 'won', startBlockId: 'greet' })).toEqual({
      id: 'trigger-1',
      nodeId: 'greet',
      type: 'stageChanged',
      pipeline: 'sales',
      stage: 'won',
    });
    expect(trigger({ event: 'api' })).toEqual({ id: 'trigger-1', nodeId: null, type: 'api' });
    expect(trigger({ event: 'message', pattern: '^order' })).toMatchObject({
      match: { kind: 'regex', pattern: '^order' },
    });
    expect(trigger({ event: 'message' })).toMatchObject({ match: { kind: 'any' } });
  });

  it('leaves the input untouched and current documents as they are', () => {
    const copy = structuredClone(V0);
    migrateGraph(V0);
    expect(V0).toEqual(copy);
    const current = { schemaVersion: 1, id: 'x' };
    expect(migrateGraph(current)).toBe(current);
  });

  it('leaves future versions and non-objects for the schema to report', () => {
    const future = { schemaVersion: 7, nodes: 'whatever' };
    expect(migrateGraph(future)).toBe(future);
    expect(migrateGraph('text')).toBe('text');
    expect(migrateGraph(null)).toBeNull();
    expect(validateGraph(future)).toEqual([
      expect.objectContaining({
        code: 'schema.invalid',
        path: 'schemaVersion',
        message: expect.stringContaining('newer'),
      }),
    ]);
  });

  it('carries malformed version-0 parts over for the schema to report', () => {
    const diagnostics = validateGraph({ ...V0, blocks: 'nope', edges: [42] });
    expect(diagnostics.map((d) => d.path)).toEqual(expect.arrayContaining(['nodes', 'edges.0']));
  });
});
