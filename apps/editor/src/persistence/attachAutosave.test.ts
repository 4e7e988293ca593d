import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError.ts';
import { createTestGraph } from '../graph/createTestGraph.ts';
import { createEditorStore } from '../store/createEditorStore.ts';
import { attachAutosave } from './attachAutosave.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const rename = (name: string) => ({ type: 'setFlowInfo', name, description: undefined }) as const;

describe('attachAutosave', () => {
  it('saves once after a burst of edits with the last known updatedAt', async () => {
    const store = createEditorStore(createTestGraph());
    store.getState().setPersistence({ updatedAt: 't0' });
    const save = vi.fn(async () => ({ updatedAt: 't1', diagnostics: [] }));
    attachAutosave(store, save, 700);
    store.getState().dispatch(rename('A'));
    store.getState().dispatch(rename('AB'));
    expect(store.getState().saveStatus).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(700);
    expect(save).toHaveBeenCalledOnce();
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ name: 'AB' }), 't0');
    expect(store.getState()).toMatchObject({ saveStatus: 'saved', updatedAt: 't1', savedRevision: 2 });
  });

  it('flushes at once, and stops on a conflict', async () => {
    const store = createEditorStore(createTestGraph());
    const save = vi.fn(async () => {
      throw new ApiError(409, 'conflict', 'stale');
    });
    const hook = attachAutosave(store, save, 700);
    store.getState().dispatch(rename('A'));
    await hook.flush();
    expect(store.getState().saveStatus).toBe('conflict');
    store.getState().dispatch(rename('B'));
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).toHaveBeenCalledOnce();
  });

  it('retries after an error', async () => {
    const store = createEditorStore(createTestGraph());
    const save = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('offline'))
      .mockResolvedValue({ updatedAt: 't2', diagnostics: [] });
    attachAutosave(store, save, 100, 1000);
    store.getState().dispatch(rename('A'));
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().saveStatus).toBe('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().saveStatus).toBe('saved');
  });
});
