import type { Diagnostic } from '@salesbot/graph';
import type { StateCreator } from 'zustand';
import type { EditorState } from './editorState.ts';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export interface DiagnosticsSlice {
  diagnostics: readonly Diagnostic[];
  /** Counts per node id and per `trigger:<id>`; absent when the element has no problem. */
  problemCounts: ReadonlyMap<string, ProblemCounts>;
  /** The `contentRevision` the diagnostics describe; behind it while a validation is pending. */
  validatedRevision: number;
  /** The newest `contentRevision` whose edited steps' own diagnostics are shown (the local pass). */
  localRevision: number;
  /** Stores diagnostics computed for `revision`; results for an older revision than the stored one are ignored. */
  setDiagnostics(revision: number, diagnostics: readonly Diagnostic[]): void;
  /** Stores diagnostics where the edited steps' own problems are current as of `revision` (the rest may lag). */
  setLocalDiagnostics(revision: number, diagnostics: readonly Diagnostic[]): void;
}

export const createDiagnosticsSlice: StateCreator<EditorState, [], [], DiagnosticsSlice> = (set, get) => ({
  diagnostics: [],
  problemCounts: new Map(),
  validatedRevision: -1,
  localRevision: -1,
  setDiagnostics(revision, diagnostics) {
    if (revision < get().validatedRevision) return;
    set({
      diagnostics,
      problemCounts: countProblems(diagnostics),
      validatedRevision: revision,
      localRevision: Math.max(revision, get().localRevision),
    });
  },
  setLocalDiagnostics(revision, diagnostics) {
    set({
      diagnostics,
      problemCounts: countProblems(diagnostics),
      localRevision: Math.max(revision, get().localRevision),
    });
  },
});

/** Problem counts keyed by node id (or `trigger:<id>`). */
export function countProblems(diagnostics: readonly Diagnostic[]): Map<string, ProblemCounts> {
  const counts = new Map<string, ProblemCounts>();
  for (const diagnostic of diagnostics) {
    const key = diagnostic.nodeId ?? (diagnostic.triggerId ? `trigger:${diagnostic.triggerId}` : undefined);
    if (!key) continue;
    const count = counts.get(key) ?? { errors: 0, warnings: 0 };
    if (diagnostic.severity === 'error') count.errors++;
    else count.warnings++;
    counts.set(key, count);
  }
  return counts;
}
