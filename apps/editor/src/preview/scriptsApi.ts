import type { ConversationScript } from '@salesbot/engine';
import { api } from '../auth/session.ts';

/** A script stored with a flow, as the list shows it (times in epoch ms). */
export interface StoredScriptSummary {
  name: string;
  conversations: number;
  createdAt: number;
  updatedAt: number;
}

/** What a name must look like: the server refuses others. */
export const SCRIPT_NAME = /^[a-z0-9-]{1,60}$/;

const scripts = (flowId: string) => `/flows/${encodeURIComponent(flowId)}/scripts`;

/** `/api/flows/:id/scripts` of docs/api.md, through the app's client (token, 401, `ApiError`). */
export const scriptsApi = {
  list: (flowId: string) => api.request<StoredScriptSummary[]>('GET', scripts(flowId)),
  get: (flowId: string, name: string) => api.request<ConversationScript>('GET', `${scripts(flowId)}/${name}`),
  save: (flowId: string, name: string, script: ConversationScript) =>
    api.request<{ name: string; conversations: number; updatedAt: number }>(
      'PUT',
      `${scripts(flowId)}/${name}`,
      script,
    ),
  remove: (flowId: string, name: string) => api.request<{ deleted: string }>('DELETE', `${scripts(flowId)}/${name}`),
};

/** A script name from free text: "Recorded in the preview" → "recorded-in-the-preview". */
export function scriptNameOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'script'
  );
}
