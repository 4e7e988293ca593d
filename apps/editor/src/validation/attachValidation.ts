import type { Graph, GraphNode, ValidateOptions } from '@salesbot/graph';
import type { EditorStore } from '../store/createEditorStore.ts';
import { mergeLocalDiagnostics, validateStepsLocally } from './validateStepsLocally.ts';
import type { Validator } from './validatorProtocol.ts';

export interface ValidationHook {
  /** Validates again now (e.g. when the workspace's templates arrived). */
  revalidate(): void;
  dispose(): void;
}

/** At most this many edited steps get the immediate local pass; bigger edits wait for the full one. */
const LOCAL_PASS_MAX = 5;

/**
 * Validation after every content edit, in two passes, both off the typing path:
 * - local: right after the keystroke's task, the edited step alone (its limits, required fields, template
 *   parameters…), under a millisecond, so the field being typed in gets its verdict at once;
 * - full: the whole flow in the worker, throttled to one run per `intervalMs` (leading and trailing: the first edit
 *   after a pause validates at once, a burst validates every `intervalMs` and once at its end), one run at a time.
 * A full result that arrives after further edits keeps the newer local verdicts of the steps edited meanwhile.
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
  /** Steps edited since the running (or next) full pass took its copy of the graph. */
  let editedSinceFull = new Set<string>();
  let localPending = new Set<string>();
  let localTimer: ReturnType<typeof setTimeout> | null = null;

  const runFull = async () => {
    timer = null;
    if (disposed) return;
    running = true;
    dirty = false;
    lastStart = performance.now();
    editedSinceFull = new Set();
    const { graph, contentRevision } = store.getState();
    try {
      const diagnostics = await validate(graph, getOptions());
      if (disposed) return;
      const current = store.getState();
      const fresh = editedSinceFull.size > 0 && current.contentRevision !== contentRevision;
      const merged = fresh
        ? mergeLocalDiagnostics(
            diagnostics,
            editedSinceFull,
            validateStepsLocally(current.graph, editedSinceFull, getOptions()),
          )
        : diagnostics;
      current.setDiagnostics(contentRevision, merged);
    } finally {
      running = false;
      if (dirty && !disposed) scheduleFull();
    }
  };

  const scheduleFull = () => {
    dirty = true;
    if (running || timer) return;
    const wait = Math.max(0, intervalMs - (performance.now() - lastStart));
    timer = setTimeout(() => void runFull(), wait);
  };

  const runLocal = () => {
    localTimer = null;
    if (disposed || localPending.size === 0) return;
    const ids = localPending;
    localPending = new Set();
    const state = store.getState();
    state.setLocalDiagnostics(
      state.contentRevision,
      mergeLocalDiagnostics(state.diagnostics, ids, validateStepsLocally(state.graph, ids, getOptions())),
    );
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.contentRevision === previous.contentRevision) return;
    const edited = editedSteps(previous.graph, state.graph, previous.nodesById);
    if (edited && edited.length <= LOCAL_PASS_MAX) {
      for (const id of edited) {
        localPending.add(id);
        editedSinceFull.add(id);
      }
      // After the keystroke's own work (its render included), not inside it.
      localTimer ??= setTimeout(runLocal, 0);
    }
    scheduleFull();
  });
  scheduleFull();

  return {
    revalidate: scheduleFull,
    dispose() {
      disposed = true;
      unsubscribe();
      if (timer) clearTimeout(timer);
      if (localTimer) clearTimeout(localTimer);
    },
  };
}

/** The ids of steps whose object changed between two graphs (new ones included), or null when steps were removed. */
function editedSteps(before: Graph, after: Graph, beforeById: ReadonlyMap<string, GraphNode>): string[] | null {
  if (after.nodes === before.nodes) return [];
  if (after.nodes.length < before.nodes.length) return null;
  const edited: string[] = [];
  for (const node of after.nodes) {
    if (beforeById.get(node.id) !== node) edited.push(node.id);
    if (edited.length > LOCAL_PASS_MAX) break;
  }
  return edited;
}
