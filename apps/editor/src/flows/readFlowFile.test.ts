import { describe, expect, it } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { readFlowFile } from './readFlowFile.ts';

describe('readFlowFile', () => {
  it('accepts a flow file and fills defaults', () => {
    const graph = createTestGraph();
    const result = readFlowFile(JSON.stringify({ ...graph, variables: undefined }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.variables).toEqual([]);
  });

  it('refuses text that is not JSON', () => {
    const result = readFlowFile('{ nope');
    expect(result).toMatchObject({ ok: false, problems: [{ where: 'File' }] });
  });

  it('says where a schema problem is', () => {
    const graph = createTestGraph();
    const broken = { ...graph, nodes: graph.nodes.map((n) => (n.id === 'thanks' ? { ...n, data: { body: 42 } } : n)) };
    const result = readFlowFile(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual(expect.objectContaining({ where: 'Step thanks › body' }));
  });
});
