import type { FlowAnalytics } from '@salesbot/api';
import type { Graph } from '@salesbot/graph';
import { ApiError } from './ApiError.ts';
import type {
  ApiErrorBody,
  ChannelSummary,
  ContactFieldInfo,
  CreateFlowInput,
  FlowDetail,
  FlowSummary,
  PipelineInfo,
  PublishResult,
  SaveDraftResult,
  Timestamp,
  VersionDetail,
  VersionSummary,
  WorkspaceTemplate,
} from './apiTypes.ts';

export interface ApiClientOptions {
  getToken: () => string | null;
  /** Called on any 401, after which the call still throws. */
  onUnauthorized?: () => void;
  baseUrl?: string;
  fetch?: typeof fetch;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** A typed client for the admin API of docs/api.md. Every method throws `ApiError` on a non-2xx answer. */
export function createApiClient(options: ApiClientOptions) {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = options.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers };
    if (body !== undefined) init.body = JSON.stringify(body);
    const response = await doFetch(`${base}/api${path}`, init);
    const text = await response.text();
    const json = text ? parseJson(text) : undefined;
    if (!response.ok) {
      if (response.status === 401) options.onUnauthorized?.();
      const error = (json as ApiErrorBody | undefined)?.error;
      throw new ApiError(
        response.status,
        error?.code ?? `http_${response.status}`,
        error?.message ?? defaultMessage(response.status),
        error?.details,
      );
    }
    return json as T;
  }

  const flow = (id: string) => `/flows/${encodeURIComponent(id)}`;
  return {
    listFlows: () => request<FlowSummary[]>('GET', '/flows'),
    createFlow: (input: CreateFlowInput) => request<Partial<FlowDetail> & { id: string }>('POST', '/flows', input),
    getFlow: (id: string) => request<FlowDetail>('GET', flow(id)),
    saveDraft: (id: string, graph: Graph, baseUpdatedAt?: Timestamp | null) =>
      request<SaveDraftResult>('PUT', flow(id), baseUpdatedAt != null ? { graph, baseUpdatedAt } : { graph }),
    renameFlow: (id: string, name: string) => request<unknown>('PATCH', flow(id), { name }),
    deleteFlow: (id: string) => request<unknown>('DELETE', flow(id)),
    duplicateFlow: (id: string) => request<Partial<FlowDetail> & { id: string }>('POST', `${flow(id)}/duplicate`),
    validateFlow: (id: string) => request<Pick<SaveDraftResult, 'diagnostics'>>('POST', `${flow(id)}/validate`),
    publishFlow: (id: string) => request<PublishResult>('POST', `${flow(id)}/publish`),
    listVersions: (id: string) => request<VersionSummary[]>('GET', `${flow(id)}/versions`),
    getVersion: (id: string, version: number) => request<VersionDetail>('GET', `${flow(id)}/versions/${version}`),
    /**
     * How the flow's sessions went: in the last `days` (all time without), of one `version` (every one without), of
     * one number's conversations (`channel`; every number's without).
     */
    flowAnalytics: (
      id: string,
      query: { days?: number | null; version?: number | null; channel?: string | null } = {},
    ) => {
      const params = new URLSearchParams();
      if (query.days) params.set('days', String(query.days));
      if (query.version) params.set('version', String(query.version));
      if (query.channel) params.set('channel', query.channel);
      const search = params.size > 0 ? `?${params}` : '';
      return request<FlowAnalytics>('GET', `${flow(id)}/analytics${search}`);
    },
    listTemplates: () => request<WorkspaceTemplate[]>('GET', '/templates'),
    listChannels: () => request<ChannelSummary[]>('GET', '/channels'),
    listContactFields: () => request<ContactFieldInfo[]>('GET', '/contact-fields'),
    listPipelines: () => request<PipelineInfo[]>('GET', '/pipelines'),
    /** Any other call of docs/api.md (`path` without `/api`); pages with their own typed calls build on it. */
    request: <T>(method: string, path: string, body?: unknown) => request<T>(method, path, body),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return 'The admin token was not accepted.';
  if (status === 404) return 'Not found.';
  if (status >= 500) return 'The server had a problem. Try again.';
  return `The request failed (HTTP ${status}).`;
}
