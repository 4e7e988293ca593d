import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { EditorStore } from './createEditorStore.ts';
import type { EditorState } from './editorState.ts';

const EditorStoreContext = createContext<EditorStore | null>(null);

/** Makes `store` the editor store of everything below. */
export function EditorStoreProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorStoreContext.Provider value={store}>{children}</EditorStoreContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing. */
export function useEditorApi(): EditorStore {
  const store = useContext(EditorStoreContext);
  if (!store) throw new Error('useEditorApi needs an <EditorStoreProvider>');
  return store;
}

/** Subscribes to one narrow slice of the editor state; re-renders only when the selected value changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorApi(), selector);
}
