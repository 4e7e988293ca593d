import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What a POST came to: no answer (the error), or an answer with its status and JSON body (or why it was unreadable). */
export type PostAnswer =
  | { kind: 'failed'; error: Error }
  | { kind: 'answered'; ok: boolean; status: number; json: unknown; readError?: Error };

export type PostJson = (url: string, headers: Record<string, string>, body: string) => Promise<PostAnswer>;

/**
 * A JSON POST with a whole-request timeout (an error named `TimeoutError`). By default over `node:http(s)` with
 * keep-alive agents: measured against the stand-in Graph API, about a third of the CPU of `fetch` per request —
 * the biggest single cost of a broadcast's send. A `fetch` given instead is used as is (tests may stub it).
 */
export function createPostJson(options: { timeoutMs: number; fetch?: typeof fetch; maxSockets?: number }): PostJson {
  if (options.fetch) return fetchPost(options.fetch, options.timeoutMs);
  const agents = {
    http: new HttpAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 128 }),
    https: new HttpsAgent({ keepAlive: true, maxSockets: options.maxSockets ?? 128 }),
  };
  return (url, headers, body) =>
    new Promise<PostAnswer>((resolve) => {
      let settled = false;
      const settle = (answer: PostAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(answer);
      };
      const secure = url.startsWith('https:');
      let req: ReturnType<typeof httpRequest>;
      try {
        req = (secure ? httpsRequest : httpRequest)(url, {
          method: 'POST',
          agent: secure ? agents.https : agents.http,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        });
      } catch (error) {
        // An unusable URL: nothing left.
        settle({ kind: 'failed', error: withCode(error, 'ERR_INVALID_URL') });
        return;
      }
      const timer = setTimeout(() => {
        const error = new Error('The request timed out');
        error.name = 'TimeoutError';
        req.destroy(error);
      }, options.timeoutMs);
      req.on('error', (error) => settle({ kind: 'failed', error }));
      req.on('response', (response: IncomingMessage) => {
        const chunks: Buffer[] = [];
        const ok = (response.statusCode ?? 0) >= 200 && (response.statusCode ?? 0) < 300;
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', (error) =>
          settle({ kind: 'answered', ok, status: response.statusCode ?? 0, json: null, readError: error }),
        );
        response.on('end', () => {
          try {
            const text = Buffer.concat(chunks).toString('utf8');
            settle({ kind: 'answered', ok, status: response.statusCode ?? 0, json: JSON.parse(text) });
          } catch (error) {
            settle({
              kind: 'answered',
              ok,
              status: response.statusCode ?? 0,
              json: null,
              readError: error instanceof Error ? error : new Error(String(error)),
            });
          }
        });
      });
      req.end(body);
    });
}

function fetchPost(fetchImpl: typeof fetch, timeoutMs: number): PostJson {
  return async (url, headers, body) => {
    let response: Response;
    try {
      response = await fetchImpl(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      return { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
    }
    try {
      return { kind: 'answered', ok: response.ok, status: response.status, json: await response.json() };
    } catch (error) {
      return {
        kind: 'answered',
        ok: response.ok,
        status: response.status,
        json: null,
        readError: error instanceof Error ? error : new Error(String(error)),
      };
    }
  };
}

function withCode(error: unknown, code: string): Error {
  const result = error instanceof Error ? error : new Error(String(error));
  (result as Error & { code?: string }).code ??= code;
  return result;
}
