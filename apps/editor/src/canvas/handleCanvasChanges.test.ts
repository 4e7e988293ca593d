import type { NodeChange } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { triggerNodeId } from '../nodes/TriggerNode.tsx';
import { createEditorStore } from '../store/createEditorStore.ts';
import { handleNodeChanges } from './handleCanvasChanges.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

const drag = (x: number, y: number): NodeChange[] => [
  { type: 'position', id: 'ask', position: { x, y }, dragging: true },
  { type: 'position', id: triggerNodeId('t1'), position: { x: x - 300.4, y: y + 0.6 }, dragging: true },
];

describe('handleNodeChanges', () => {
  it('keeps a drag of a step and a trigger card in the graph, rounded, as one undo step that is not a content edit', () => {
    const store = createEditorStore(createTestGraph());
    handleNodeChanges(store, drag(10.2, 20.7), 'drag-1');
    vi.advanceTimersByTime(100);
    handleNodeChanges(store, drag(40.6, 50.2), 'drag-1');
    const state = store.getState();
    expect(state.nodesById.get('ask')?.position).toEqual({ x: 41, y: 50 });
    expect(state.graph.triggers[0]?.position).toEqual({ x: -260, y: 51 });
    expect(state.past).toHaveLength(1);
    expect(state.contentRevision).toBe(0);
    state.undo();
    expect(store.getState().nodesById.get('ask')?.position).toEqual({ x: 0, y: 0 });
    expect(store.getState().graph.triggers[0]?.position).toBeUndefined();
  });

  it('moves nothing in a read-only store', () => {
    const store = createEditorStore(createTestGraph(), { readOnly: true });
    const before = store.getState().graph;
    handleNodeChanges(store, drag(10, 20), 'drag-1');
    expect(store.getState().graph).toBe(before);
  });
});
