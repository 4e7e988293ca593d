import { useCallback, useEffect, useState } from 'react';
import { errorMessage } from '../api/ApiError.ts';
import type { FlowSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';
import { toMs } from '../ui/formatTime.ts';

export type FlowListState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; flows: FlowSummary[] };

/** The workspace's flows, newest first, with a reload. */
export function useFlowList() {
  const [state, setState] = useState<FlowListState>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      const flows = await api.listFlows();
      flows.sort((a, b) => toMs(b.updatedAt) - toMs(a.updatedAt));
      setState({ status: 'ready', flows });
    } catch (error) {
      setState({ status: 'error', message: errorMessage(error) });
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { state, reload };
}
