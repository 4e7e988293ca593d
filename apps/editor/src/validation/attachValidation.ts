import type { ValidateOptions } from '@salesbot/graph';
import type { EditorStore } from '../store/createEditorStore.ts';
import type { Validator } from './validatorProtocol.ts';

export interface ValidationHook {
  /** Validates again now (e.g. when the workspace's templates arrived). */
  revalidate(): void;
  dispose(): void;
}

/**
 * Runs validation after every content edit, throttled to one run per `intervalMs` (leading and trailing: the first
 * edit after a pause validates at once, a burst of keystrokes validates every `intervalMs` and once at its end).
 * One run at a time; results land in the diagnostics slice tagged with the revision they describe.
 */
export function attachValidation(
  store: EditorStore,
  validate: Validator,
  getOptions: () => ValidateOptions,
  intervalMs = 150,
): ValidationHook {
  let running = false;
  let dirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastStart = Number.NEGATIVE_INFINITY;
  let disposed = false;

  const run = async () => {
    timer = null;
    if (disposed) return;
    running = true;
    dirty = false;
    lastStart = performance.now();
    const { graph, contentRevision } = store.getState();
    try {
      const diagnostics = await validate(graph, getOptions());
      if (!disposed) store.getState().setDiagnostics(contentRevision, diagnostics);
    } finally {
      running = false;
      if (dirty && !disposed) schedule();
    }
  };

  const schedule = () => {
    dirty = true;
    if (running || timer) return;
    const wait = Math.max(0, intervalMs - (performance.now() - lastStart));
    timer = setTimeout(() => void run(), wait);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.contentRevision !== previous.contentRevision) schedule();
  });
  schedule();

  return {
    revalidate: schedule,
    dispose() {
      disposed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
