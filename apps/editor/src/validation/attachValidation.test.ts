import type { Diagnostic } from '@salesbot/graph';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { createEditorStore } from '../store/createEditorStore.ts';
import { attachValidation } from './attachValidation.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const problem = (body: string): Diagnostic => ({ code: 'x', severity: 'error', message: body, nodeId: 'thanks' });

describe('attachValidation', () => {
  it('validates at once after a pause, then at most once per interval during a burst, and once at its end', async () => {
    const store = createEditorStore(createTestGraph());
    const calls: string[] = [];
    const validate = vi.fn(async (graph: ReturnType<typeof createTestGraph>) => {
      const node = graph.nodes.find((n) => n.id === 'thanks');
      const body = node?.type === 'text' ? node.data.body : '';
      calls.push(body);
      return [problem(body)];
    });
    const hook = attachValidation(store, validate, () => ({}), 150);
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    for (const body of ['a', 'ab', 'abc', 'abcd']) {
      store.getState().dispatch({ type: 'setNodeData', id: 'thanks', data: { body } });
      await vi.advanceTimersByTimeAsync(40);
    }
    await vi.advanceTimersByTimeAsync(400);
    // the first keystroke validated at once; the rest of the 160 ms burst made one more run, and the end one more
    expect(calls.slice(1)).toEqual(['a', 'abcd']);
    expect(store.getState().diagnostics).toEqual([problem('abcd')]);
    expect(store.getState().validatedRevision).toBe(store.getState().contentRevision);
    expect(store.getState().problemCounts.get('thanks')).toEqual({ errors: 1, warnings: 0 });
    hook.dispose();
  });

  it('does not validate for a move', async () => {
    const store = createEditorStore(createTestGraph());
    const validate = vi.fn(async () => []);
    attachValidation(store, validate, () => ({}));
    await vi.advanceTimersByTimeAsync(200);
    store.getState().dispatch({ type: 'moveNodes', moves: [{ id: 'ask', position: { x: 9, y: 9 } }] });
    await vi.advanceTimersByTimeAsync(200);
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it("shows the edited step's own problems at once, before the whole flow is validated", async () => {
    const store = createEditorStore(createTestGraph());
    let finish: (diagnostics: Diagnostic[]) => void = () => {};
    const validate = vi.fn(() => new Promise<Diagnostic[]>((resolve) => (finish = resolve)));
    attachValidation(store, validate, () => ({}));
    await vi.advanceTimersByTimeAsync(0);
    finish([]);
    await vi.advanceTimersByTimeAsync(200);
    const ask = store.getState().nodesById.get('ask');
    if (ask?.type !== 'buttons') throw new Error('fixture');
    store.getState().dispatch({
      type: 'setNodeData',
      id: 'ask',
      data: {
        ...ask.data,
        buttons: [
          { id: 'yes', title: 'Yes, show me the demo' },
          { id: 'no', title: 'No' },
        ],
      },
    });
    await vi.advanceTimersByTimeAsync(1);
    // the full pass is still running (never finished): the local one already reported the 21-character title
    expect(store.getState().diagnostics).toContainEqual(
      expect.objectContaining({ code: 'limit.tooLong', nodeId: 'ask', path: 'buttons.0.title' }),
    );
    expect(store.getState().localRevision).toBe(store.getState().contentRevision);
    expect(store.getState().validatedRevision).toBeLessThan(store.getState().contentRevision);
  });
});
