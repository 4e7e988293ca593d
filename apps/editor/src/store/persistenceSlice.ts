import type { StateCreator } from 'zustand';
import type { Timestamp } from '../api/apiTypes.ts';
import type { EditorState } from './editorState.ts';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error' | 'conflict';

export interface PersistenceSlice {
  /** The server's flow id; null for a graph not backed by the server (tests, read-only versions). */
  flowId: string | null;
  /** The `revision` last saved. */
  savedRevision: number;
  saveStatus: SaveStatus;
  saveError: string | null;
  /** The server's `updatedAt` of the saved draft, sent back as `baseUpdatedAt`. */
  updatedAt: Timestamp | null;
  publishedVersion: number | null;
  setPersistence(update: Partial<Omit<PersistenceSlice, 'setPersistence'>>): void;
}

export const createPersistenceSlice: StateCreator<EditorState, [], [], PersistenceSlice> = (set) => ({
  flowId: null,
  savedRevision: 0,
  saveStatus: 'saved',
  saveError: null,
  updatedAt: null,
  publishedVersion: null,
  setPersistence(update) {
    set(update);
  },
});
