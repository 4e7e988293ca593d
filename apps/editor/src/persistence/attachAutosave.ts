import type { Graph } from '@salesbot/graph';
import { ApiError, errorMessage } from '../api/ApiError.ts';
import type { SaveDraftResult, Timestamp } from '../api/apiTypes.ts';
import type { EditorStore } from '../store/createEditorStore.ts';

export interface AutosaveHook {
  /** Saves now if anything is unsaved; resolves once the draft on the server is the current one. */
  flush(): Promise<void>;
  dispose(): void;
}

export type SaveDraft = (graph: Graph, baseUpdatedAt: Timestamp | null) => Promise<SaveDraftResult>;

/**
 * Saves the draft `delayMs` after the last edit (one request at a time, sending `baseUpdatedAt` so a draft
 * changed elsewhere is not overwritten), and keeps the persistence slice's status: saved, unsaved, saving, error
 * (retried), conflict (stops until reload).
 */
export function attachAutosave(store: EditorStore, save: SaveDraft, delayMs = 700, retryMs = 5000): AutosaveHook {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let disposed = false;

  const isDirty = () => store.getState().revision !== store.getState().savedRevision;

  const saveNow = async (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) {
      await inFlight;
      return isDirty() && !disposed ? saveNow() : undefined;
    }
    const state = store.getState();
    if (!isDirty() || state.saveStatus === 'conflict' || state.readOnly) return;
    const { graph, revision, updatedAt } = state;
    state.setPersistence({ saveStatus: 'saving', saveError: null });
    inFlight = (async () => {
      try {
        const result = await save(graph, updatedAt);
        if (disposed) return;
        const saved = store.getState().revision === revision;
        store.getState().setPersistence({
          savedRevision: revision,
          updatedAt: result.updatedAt,
          saveStatus: saved ? 'saved' : 'unsaved',
          saveError: null,
        });
        if (!saved) schedule();
      } catch (error) {
        if (disposed) return;
        if (error instanceof ApiError && error.status === 409) {
          store.getState().setPersistence({
            saveStatus: 'conflict',
            saveError: 'This flow was changed in another tab or by someone else. Reload to get the latest draft.',
          });
        } else {
          store.getState().setPersistence({ saveStatus: 'error', saveError: errorMessage(error) });
          timer = setTimeout(() => void saveNow(), retryMs);
        }
      } finally {
        inFlight = null;
      }
    })();
    await inFlight;
  };

  const schedule = () => {
    if (disposed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delayMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision === previous.revision || state.readOnly) return;
    if (state.saveStatus === 'saved' || state.saveStatus === 'error') state.setPersistence({ saveStatus: 'unsaved' });
    schedule();
  });

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (isDirty()) event.preventDefault();
  };
  if (typeof window !== 'undefined') window.addEventListener('beforeunload', onBeforeUnload);

  return {
    flush: saveNow,
    dispose() {
      disposed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (typeof window !== 'undefined') window.removeEventListener('beforeunload', onBeforeUnload);
    },
  };
}
