import { type Diagnostic, validateGraph } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { LOCAL_CODES, mergeLocalDiagnostics, validateStepsLocally } from './validateStepsLocally.ts';

describe('validateStepsLocally', () => {
  it("finds a step's own problems exactly as the whole-flow validation does", () => {
    const graph = createTestGraph();
    graph.nodes = graph.nodes.map((node) =>
      node.id === 'ask' && node.type === 'buttons'
        ? {
            ...node,
            data: {
              ...node.data,
              body: '',
              buttons: [
                { id: 'yes', title: 'Yes, show me the demo' },
                { id: 'no', title: 'No' },
              ],
            },
          }
        : node,
    );
    const local = validateStepsLocally(graph, ['ask'], {});
    const full = validateGraph(graph).filter((d) => d.nodeId === 'ask' && LOCAL_CODES.has(d.code));
    expect(local).toEqual(full);
    expect(local.map((d) => d.code).sort()).toEqual(['field.required', 'limit.tooLong']);
  });

  it('replaces only the local diagnostics of the edited steps', () => {
    const current: Diagnostic[] = [
      { code: 'limit.tooLong', severity: 'error', message: 'old', nodeId: 'ask' },
      { code: 'choice.unconnected', severity: 'error', message: 'structural', nodeId: 'ask' },
      { code: 'limit.tooLong', severity: 'error', message: 'other step', nodeId: 'thanks' },
    ];
    const merged = mergeLocalDiagnostics(current, new Set(['ask']), [
      { code: 'field.required', severity: 'error', message: 'new', nodeId: 'ask' },
    ]);
    expect(merged.map((d) => d.message)).toEqual(['structural', 'other step', 'new']);
  });
});
