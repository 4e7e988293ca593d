import type { DiagnosticsSlice } from './diagnosticsSlice.ts';
import type { GraphSlice } from './graphSlice.ts';
import type { HistorySlice } from './historySlice.ts';
import type { PersistenceSlice } from './persistenceSlice.ts';
import type { SelectionSlice } from './selectionSlice.ts';
import type { ViewSlice } from './viewSlice.ts';

/** The editor's whole state: one zustand store merged from slices. */
export type EditorState = GraphSlice & HistorySlice & SelectionSlice & ViewSlice & DiagnosticsSlice & PersistenceSlice;
