import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { useEditorApi } from '../store/EditorStoreContext.tsx';
import { flowBounds } from './flowBounds.ts';

/**
 * Fits the whole flow in view. React Flow's own fitView only knows the steps it was given (a big flow gives it the
 * ones around the viewport), so this fits the bounds computed from the store.
 */
export function useFitAll(): (duration?: number) => void {
  const rf = useReactFlow();
  const store = useEditorApi();
  return useCallback(
    (duration = 250) => {
      const bounds = flowBounds(store.getState());
      if (bounds) void rf.fitBounds(bounds, { padding: 0.12, duration });
    },
    [rf, store],
  );
}
