import { api } from '../auth/session.ts';
import type { Board, Contact, ContactHistory, Lead, MovedLead } from './crmTypes.ts';

const contact = (id: string) => `/contacts/${encodeURIComponent(id)}`;

/** The contacts and pipelines calls of docs/api.md. */
export const crmApi = {
  contacts: (search: string, tag: string | null, offset = 0) => {
    const query = new URLSearchParams({ limit: '100', offset: String(offset) });
    if (search.trim()) query.set('search', search.trim());
    if (tag) query.set('tag', tag);
    return api.request<Contact[]>('GET', `/contacts?${query}`);
  },
  contact: (id: string) => api.request<Contact & { leads: Lead[] }>('GET', contact(id)),
  history: (id: string) => api.request<ContactHistory>('GET', `/crm/contacts/${encodeURIComponent(id)}/history`),
  update: (id: string, body: { name?: string | null; fields?: Record<string, string | null>; tags?: string[] }) =>
    api.request<Contact>('PATCH', contact(id), body),
  setOptIn: (
    id: string,
    body: { status: Contact['optIn']; method?: string; source?: string; marketingOptOut?: boolean },
  ) => api.request<Contact>('PUT', `${contact(id)}/opt-in`, body),
  board: (pipelineId?: string) =>
    api.request<Board>('GET', `/crm/board${pipelineId ? `?pipeline=${encodeURIComponent(pipelineId)}` : ''}`),
  moveLead: (id: string, stage: string) =>
    api.request<MovedLead>('PATCH', `/leads/${encodeURIComponent(id)}`, { stage }),
  putLead: (contactId: string, pipeline: string, stage: string, value?: number | null) =>
    api.request<MovedLead>('POST', '/leads', { contactId, pipeline, stage, ...(value === undefined ? {} : { value }) }),
  addStage: (pipelineId: string, name: string) =>
    api.request<unknown>('POST', `/pipelines/${encodeURIComponent(pipelineId)}/stages`, { name }),
  addPipeline: (name: string, stages: string[]) => api.request<{ id: string }>('POST', '/pipelines', { name, stages }),
};
