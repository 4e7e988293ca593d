// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithEarlyRequest } from './earlyFetch.ts';

describe('fetchWithEarlyRequest', () => {
  afterEach(() => {
    window.salesbotEarlyFetch = undefined;
    vi.unstubAllGlobals();
  });

  const early = (body: string) => ({
    url: '/api/flows/abc',
    authorization: 'Bearer t1',
    response: Promise.resolve(new Response(body)),
  });

  it('answers the first matching GET with the early response, then goes to the network', async () => {
    const network = vi.fn(async () => new Response('network'));
    vi.stubGlobal('fetch', network);
    window.salesbotEarlyFetch = early('early');
    const init = { method: 'GET', headers: { Authorization: 'Bearer t1' } };
    expect(await (await fetchWithEarlyRequest('/api/flows/abc', init)).text()).toBe('early');
    expect(network).not.toHaveBeenCalled();
    expect(await (await fetchWithEarlyRequest('/api/flows/abc', init)).text()).toBe('network');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('leaves other URLs, methods and tokens to the network', async () => {
    const network = vi.fn(async () => new Response('network'));
    vi.stubGlobal('fetch', network);
    window.salesbotEarlyFetch = early('early');
    const calls: [string, RequestInit][] = [
      ['/api/flows/other', { method: 'GET', headers: { Authorization: 'Bearer t1' } }],
      ['/api/flows/abc', { method: 'PUT', headers: { Authorization: 'Bearer t1' } }],
      ['/api/flows/abc', { method: 'GET', headers: { Authorization: 'Bearer t2' } }],
    ];
    for (const [url, init] of calls) expect(await (await fetchWithEarlyRequest(url, init)).text()).toBe('network');
    expect(network).toHaveBeenCalledTimes(3);
    expect(window.salesbotEarlyFetch).toBeDefined();
  });

  it('passes an early request that failed on as the same failure', async () => {
    vi.stubGlobal('fetch', vi.fn());
    window.salesbotEarlyFetch = { ...early(''), response: Promise.reject(new TypeError('Failed to fetch')) };
    await expect(
      fetchWithEarlyRequest('/api/flows/abc', { method: 'GET', headers: { Authorization: 'Bearer t1' } }),
    ).rejects.toThrow('Failed to fetch');
  });
});
