import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { deleteElements } from '../graph/deleteElements.ts';
import { createEditorStore } from './createEditorStore.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('editor store history', () => {
  it('undoes and redoes an edit', () => {
    const store = createEditorStore(createTestGraph());
    const original = store.getState().graph;
    store.getState().dispatch({ type: 'setNodeData', id: 'thanks', data: { body: 'changed' } });
    expect(store.getState().nodesById.get('thanks')?.data).toEqual({ body: 'changed' });
    store.getState().undo();
    expect(store.getState().graph).toStrictEqual(original);
    expect(store.getState().future).toHaveLength(1);
    store.getState().redo();
    expect(store.getState().nodesById.get('thanks')?.data).toEqual({ body: 'changed' });
    expect(store.getState().past).toHaveLength(1);
  });

  it('merges edits with the same key made less than a second apart into one undo step', () => {
    const store = createEditorStore(createTestGraph());
    const typed = ['G', 'Gr', 'Gre'];
    for (const body of typed) {
      store.getState().dispatch({ type: 'setNodeData', id: 'thanks', data: { body } }, { mergeKey: 'thanks.body' });
      vi.advanceTimersByTime(300);
    }
    vi.advanceTimersByTime(2000);
    store
      .getState()
      .dispatch({ type: 'setNodeData', id: 'thanks', data: { body: 'Great' } }, { mergeKey: 'thanks.body' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().nodesById.get('thanks')?.data).toEqual({ body: 'Gre' });
    store.getState().undo();
    expect(store.getState().nodesById.get('thanks')?.data).toEqual({ body: 'Great, *see you* soon' });
  });

  it('clears the redo stack on a new edit', () => {
    const store = createEditorStore(createTestGraph());
    store.getState().dispatch({ type: 'setFlowInfo', name: 'A', description: undefined });
    store.getState().undo();
    store.getState().dispatch({ type: 'setFlowInfo', name: 'B', description: undefined });
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().graph.name).toBe('B');
  });

  it('undoes a delete of a step with its edges and trigger start in one step', () => {
    const store = createEditorStore(createTestGraph());
    const original = store.getState().graph;
    store.getState().select({ nodeIds: ['ask'] });
    store.getState().dispatch(deleteElements(original, { nodeIds: ['ask'] }));
    const deleted = store.getState();
    expect(deleted.graph.nodes.map((n) => n.id)).toEqual(['thanks', 'bye']);
    expect(deleted.graph.edges).toEqual([]);
    expect(deleted.graph.triggers[0]?.nodeId).toBeNull();
    expect(deleted.selectedNodeIds).toEqual([]);
    store.getState().undo();
    expect(store.getState().graph).toStrictEqual(original);
  });

  it('counts moves as edits for saving but not for validation', () => {
    const store = createEditorStore(createTestGraph());
    store.getState().dispatch({ type: 'moveNodes', moves: [{ id: 'ask', position: { x: 5, y: 5 } }] });
    expect(store.getState()).toMatchObject({ revision: 1, contentRevision: 0 });
    store.getState().dispatch({ type: 'setNodeLabel', id: 'ask', label: 'Ask' });
    expect(store.getState()).toMatchObject({ revision: 2, contentRevision: 1 });
  });

  it('counts a trigger card move as a move, and any other trigger edit as content', () => {
    const store = createEditorStore(createTestGraph());
    const trigger = store.getState().graph.triggers[0]!;
    store.getState().dispatch({
      type: 'batch',
      changes: [
        { type: 'moveNodes', moves: [{ id: 'ask', position: { x: 5, y: 5 } }] },
        { type: 'setTrigger', trigger: { ...trigger, position: { x: -300, y: 10 } } },
      ],
    });
    expect(store.getState()).toMatchObject({ revision: 1, contentRevision: 0 });
    expect(store.getState().graph.triggers[0]?.position).toEqual({ x: -300, y: 10 });
    store.getState().dispatch({ type: 'setTrigger', trigger: { ...trigger, nodeId: 'thanks' } });
    expect(store.getState()).toMatchObject({ revision: 2, contentRevision: 1 });
  });

  it('refuses edits when read-only', () => {
    const store = createEditorStore(createTestGraph(), { readOnly: true });
    store.getState().dispatch({ type: 'setFlowInfo', name: 'A', description: undefined });
    expect(store.getState().graph.name).toBe('Demo');
  });
});
