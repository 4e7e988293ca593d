import { api } from '../auth/session.ts';
import type {
  Audience,
  AudienceCount,
  Broadcast,
  BroadcastCounts,
  BroadcastEstimate,
  BroadcastMessageStep,
  BroadcastTimeline,
  ListUpload,
  MessagingSettings,
  PreviewResult,
  Recipient,
  SendMode,
} from './broadcastTypes.ts';

/** What creating a broadcast takes. */
export interface NewBroadcast {
  name: string;
  channelId?: string;
  audience: Audience;
  message: BroadcastMessageStep;
  sendMode: SendMode;
  when: { mode: 'now' } | { mode: 'draft' } | { mode: 'scheduled'; localTime: string; timeZone: string };
}

const one = (id: string) => `/broadcasts/${encodeURIComponent(id)}`;

/** Typed calls of `/api/broadcasts` over the app's API client. */
export const broadcastsApi = {
  list: () => api.request<Broadcast[]>('GET', '/broadcasts'),
  get: (id: string) => api.request<Broadcast>('GET', one(id)),
  create: (input: NewBroadcast) => api.request<Broadcast>('POST', '/broadcasts', input),
  action: (id: string, action: 'start' | 'pause' | 'resume' | 'cancel') =>
    api.request<Broadcast>('POST', `${one(id)}/${action}`),
  remove: (id: string) => api.request<unknown>('DELETE', one(id)),
  results: (id: string) =>
    api.request<{ status: Broadcast['status']; counts: BroadcastCounts; timeline: BroadcastTimeline }>(
      'GET',
      `${one(id)}/results`,
    ),
  recipients: (id: string, options: { state?: string; after?: number; limit?: number } = {}) => {
    const query = new URLSearchParams();
    if (options.state) query.set('state', options.state);
    if (options.after !== undefined) query.set('after', String(options.after));
    query.set('limit', String(options.limit ?? 50));
    return api.request<Recipient[]>('GET', `${one(id)}/recipients?${query}`);
  },
  audience: (audience: Audience) => api.request<AudienceCount>('POST', '/broadcasts/audience', { audience }),
  estimate: (input: { audience: Audience; message: BroadcastMessageStep; sendMode: SendMode; channelId?: string }) =>
    api.request<BroadcastEstimate>('POST', '/broadcasts/estimate', input),
  preview: (input: { message: BroadcastMessageStep; contactId?: string; audience?: Audience }) =>
    api.request<PreviewResult>('POST', '/broadcasts/preview', input),
  uploadList: (input: { csv: string; name?: string; dryRun?: boolean; skipInvalid?: boolean }) =>
    api.request<ListUpload>('POST', '/broadcasts/lists', input),
  settings: () => api.request<MessagingSettings>('GET', '/broadcasts/settings'),
  setLimit: (messagingLimit: number | null) =>
    api.request<MessagingSettings>('PUT', '/broadcasts/settings', { messagingLimit }),
};
