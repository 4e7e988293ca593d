import type { StateCreator } from 'zustand';
import { applyGraphChange } from '../graph/applyGraphChange.ts';
import type { GraphChange } from '../graph/graphChange.ts';
import type { EditorState } from './editorState.ts';
import { graphUpdate } from './graphSlice.ts';

/** One undo step: the changes as applied, and their inverses newest first. */
export interface HistoryEntry {
  forward: GraphChange[];
  backward: GraphChange[];
  /** Edits with the same key close together (typing in one field, one drag) make one undo step. */
  mergeKey?: string;
  at: number;
}

export interface HistorySlice {
  past: HistoryEntry[];
  future: HistoryEntry[];
  undo(): void;
  redo(): void;
}

export const HISTORY_LIMIT = 200;
/** Typing pauses longer than this start a new undo step. */
export const MERGE_WINDOW_MS = 1000;

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => ({
  past: [],
  future: [],
  undo() {
    const { past, future, graph, readOnly } = get();
    const entry = past.at(-1);
    if (!entry || readOnly) return;
    let current = graph;
    for (const change of entry.backward) current = applyGraphChange(current, change).graph;
    set({ ...graphUpdate(get(), current, true), past: past.slice(0, -1), future: [...future, entry] });
  },
  redo() {
    const { past, future, graph, readOnly } = get();
    const entry = future.at(-1);
    if (!entry || readOnly) return;
    let current = graph;
    for (const change of entry.forward) current = applyGraphChange(current, change).graph;
    set({
      ...graphUpdate(get(), current, true),
      past: [...past, { ...entry, mergeKey: undefined }],
      future: future.slice(0, -1),
    });
  },
});

/** The history after recording `change` (whose inverse is `inverse`) at time `now`. */
export function recordHistory(
  past: HistoryEntry[],
  change: GraphChange,
  inverse: GraphChange,
  now: number,
  mergeKey?: string,
): HistoryEntry[] {
  const top = past.at(-1);
  if (top && mergeKey && top.mergeKey === mergeKey && now - top.at < MERGE_WINDOW_MS) {
    const merged = { ...top, forward: [...top.forward, change], backward: [inverse, ...top.backward], at: now };
    return [...past.slice(0, -1), merged];
  }
  const entry: HistoryEntry = { forward: [change], backward: [inverse], at: now };
  if (mergeKey) entry.mergeKey = mergeKey;
  return [...past, entry].slice(-HISTORY_LIMIT);
}
