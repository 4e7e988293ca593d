import { create } from 'zustand';
import type { FlowSummary } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';

interface FlowIndexState {
  flows: FlowSummary[];
  names: ReadonlyMap<string, string>;
  loaded: boolean;
  load(): Promise<void>;
}

/** The workspace's flows by id (for "Go to flow", and the inbox's and contacts' "Bot · Lead qualification"). */
export const useFlowIndex = create<FlowIndexState>()((set) => ({
  flows: [],
  names: new Map(),
  loaded: false,
  async load() {
    try {
      const flows = await api.listFlows();
      set({ flows, names: new Map(flows.map((flow) => [flow.id, flow.name])), loaded: true });
    } catch {
      set({ loaded: true });
    }
  },
}));

/** Flow names by id. */
export function useFlowNames(): ReadonlyMap<string, string> {
  return useFlowIndex((state) => state.names);
}
