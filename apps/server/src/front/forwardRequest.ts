import {
  Agent,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { sendJson } from './sendJson.ts';

/** Hop-by-hop headers (RFC 9110 §7.6.1): they describe one connection and are not passed on. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'upgrade',
  'proxy-authenticate',
  'proxy-authorization',
]);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name)) kept[name] = value;
  return kept;
}

/**
 * A forwarder to the app's internal HTTP server on loopback: the request streams up (or `body`, when the front
 * already read it), the answer streams back as it comes (server-sent events included), and either side closing
 * closes the other.
 */
export function createForwarder(
  port: number,
): (request: IncomingMessage, response: ServerResponse, body?: Buffer) => void {
  const agent = new Agent({ keepAlive: true });
  return (request, response, body) => {
    const headers = endToEnd(request.headers);
    if (body) {
      delete headers['transfer-encoding'];
      headers['content-length'] = String(body.length);
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port, method: request.method, path: request.url, headers, agent },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
        // Server-sent events: each event reaches the browser as it is written.
        if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) response.flushHeaders();
        answer.pipe(response);
        answer.on('error', () => response.destroy());
      },
    );
    upstream.on('error', () => {
      if (response.headersSent) response.destroy();
      else sendJson(response, 502, { error: { code: 'unavailable', message: 'The app did not answer' } });
    });
    // The client went away before the answer was complete (an SSE tab closed): stop the app's side too.
    response.on('close', () => {
      if (!response.writableFinished) upstream.destroy();
    });
    if (body) upstream.end(body);
    else request.pipe(upstream);
  };
}
