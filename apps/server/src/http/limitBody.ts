import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * `hono/body-limit` with a fast path: a body announced with Content-Length is judged by the header (Node's HTTP
 * parser never reads past it), without materialising a full `Request` — which costs more than the rest of a
 * small webhook's handling. Chunked bodies go through `bodyLimit`, which counts the bytes as they stream.
 */
export function limitBody(maxSize: number, onError: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const streamed = bodyLimit({ maxSize, onError });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      const size = Number(length);
      if (!Number.isFinite(size) || size > maxSize) return onError(c);
      return next();
    }
    return streamed(c, next);
  };
}
