import { describe, expect, it, vi } from 'vitest';
import { ApiError } from './ApiError.ts';
import { createApiClient } from './createApiClient.ts';

function fakeFetch(status: number, body: unknown) {
  return vi.fn(
    async (_url: string | URL | Request, _init?: RequestInit) => new Response(JSON.stringify(body), { status }),
  );
}

describe('createApiClient', () => {
  it('sends the bearer token and JSON body', async () => {
    const fetch = fakeFetch(200, { updatedAt: 't2', diagnostics: [] });
    const api = createApiClient({ getToken: () => 'tok', fetch });
    const graph = { id: 'f' } as never;
    await expect(api.saveDraft('a b', graph, 't1')).resolves.toEqual({ updatedAt: 't2', diagnostics: [] });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/flows/a%20b');
    expect(init?.method).toBe('PUT');
    const headers = (init?.headers ?? {}) as Record<string, string>;
    expect(headers.Authorization).toBe('Bearer tok');
    expect(JSON.parse(String(init?.body))).toEqual({ graph: { id: 'f' }, baseUpdatedAt: 't1' });
  });

  it("throws the server's error and reports a 401", async () => {
    const onUnauthorized = vi.fn();
    const api = createApiClient({
      getToken: () => 'bad',
      onUnauthorized,
      fetch: fakeFetch(401, { error: { code: 'unauthorized', message: 'Wrong token' } }),
    });
    const error = await api.listFlows().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'Wrong token' });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('exposes the diagnostics of a refused publish', async () => {
    const diagnostics = [{ code: 'x', severity: 'error', message: 'm' }];
    const api = createApiClient({
      getToken: () => 't',
      fetch: fakeFetch(422, { error: { code: 'invalid_flow', message: 'no', details: { diagnostics } } }),
    });
    const error = (await api.publishFlow('f').catch((e: unknown) => e)) as ApiError;
    expect(error.diagnostics).toEqual(diagnostics);
  });
});
