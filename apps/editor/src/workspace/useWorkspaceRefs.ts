import { create } from 'zustand';
import type { PipelineInfo } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';

interface WorkspaceRefsState {
  /** Custom contact fields (besides the built-in ones). */
  contactFields: string[];
  pipelines: PipelineInfo[];
  loaded: boolean;
  load(): Promise<void>;
}

/** What the workspace defines that steps refer to: custom contact fields and pipelines with their stages. */
export const useWorkspaceRefs = create<WorkspaceRefsState>()((set) => ({
  contactFields: [],
  pipelines: [],
  loaded: false,
  async load() {
    const [fields, pipelines] = await Promise.all([
      api.listContactFields().catch(() => []),
      api.listPipelines().catch(() => []),
    ]);
    set({ contactFields: fields.map((field) => field.name), pipelines, loaded: true });
  },
}));
