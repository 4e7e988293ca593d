/**
 * The request `index.html` starts for a flow opened by its address (`/flows/:id`), before the app's code has
 * loaded: the flow is on its way while the bundle downloads and runs, instead of after.
 */
export interface EarlyRequest {
  url: string;
  authorization: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    salesbotEarlyFetch?: EarlyRequest;
  }
}

/**
 * `fetch`, except that the first GET of the early request's URL with the same token takes its answer instead of
 * asking again. Anything else (or a second call) goes to the network as usual.
 */
export function fetchWithEarlyRequest(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const early = typeof window === 'undefined' ? undefined : window.salesbotEarlyFetch;
  if (
    early &&
    input === early.url &&
    (init?.method ?? 'GET') === 'GET' &&
    new Headers(init?.headers).get('Authorization') === early.authorization
  ) {
    window.salesbotEarlyFetch = undefined;
    return early.response;
  }
  return fetch(input, init);
}
