import { describe, expect, it } from 'vitest';
import { createGraph } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

describe('schema diagnostics', () => {
  it('points at nodes, edges and triggers by id, with the rest of the path', () => {
    const graph = createGraph() as unknown as Record<string, unknown[]>;
    (graph.nodes![0] as { data: unknown }).data = { body: ['not', 'text'] };
    (graph.edges![0] as { target: unknown }).target = 7;
    (graph.triggers![0] as { match: unknown }).match = { kind: 'telepathy' };
    expect(validateGraph(graph)).toEqual([
      expect.objectContaining({
        triggerId: 'start',
        path: 'match.kind',
        message: expect.stringContaining('telepathy'),
      }),
      expect.objectContaining({ nodeId: 'welcome', path: 'body', message: '“body” should be a text, not a list.' }),
      expect.objectContaining({ edgeId: 'welcome-next', path: 'target' }),
    ]);
  });

  it('keeps the index in the path when the item has no usable id', () => {
    const graph = createGraph() as unknown as Record<string, unknown[]>;
    graph.nodes!.push({ type: 'text', data: { body: 'Hi' } });
    expect(validateGraph(graph)).toEqual([
      expect.objectContaining({ path: 'nodes.2.id', message: '“id” is missing.' }),
    ]);
  });

  it('names an unknown step type', () => {
    const graph = createGraph() as unknown as Record<string, unknown[]>;
    graph.nodes!.push({ id: 'x', type: 'fax', data: {} });
    expect(validateGraph(graph)).toEqual([
      expect.objectContaining({
        nodeId: 'x',
        path: 'type',
        message: expect.stringMatching(/^Unknown step type “fax”/),
      }),
    ]);
  });

  it('says when the file is not a flow at all', () => {
    expect(validateGraph([1, 2])).toEqual([
      expect.objectContaining({
        code: 'schema.invalid',
        message: 'The file does not hold a flow: expected a JSON object.',
      }),
    ]);
  });
});
