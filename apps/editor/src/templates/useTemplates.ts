import { create } from 'zustand';
import { errorMessage } from '../api/ApiError.ts';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { api } from '../auth/session.ts';

interface TemplatesState {
  templates: WorkspaceTemplate[];
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
  /** Loads `GET /api/templates` (again when `force`). */
  load(force?: boolean): Promise<void>;
}

/** The workspace's templates with their approval status, loaded once and shared by the canvas and the panels. */
export const useTemplates = create<TemplatesState>()((set, get) => ({
  templates: [],
  status: 'idle',
  error: null,
  async load(force) {
    if (!force && (get().status === 'loading' || get().status === 'ready')) return;
    set({ status: 'loading', error: null });
    try {
      set({ templates: (await api.listTemplates()).map(normalizeTemplate), status: 'ready' });
    } catch (error) {
      set({ status: 'error', error: errorMessage(error) });
    }
  },
}));

/** The template `name` in `language`, if the workspace has it. */
export function findTemplate(templates: readonly WorkspaceTemplate[], name: string, language: string) {
  return templates.find((template) => template.name === name && template.language === language);
}

/** The server stores Meta's upper-case category; the graph uses lower case. Statuses are upper case. */
export function normalizeTemplate(template: WorkspaceTemplate): WorkspaceTemplate {
  return {
    ...template,
    category: String(template.category).toLowerCase() as WorkspaceTemplate['category'],
    status: String(template.status).toUpperCase() as WorkspaceTemplate['status'],
  };
}
