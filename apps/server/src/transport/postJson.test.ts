import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../testing/spawnServer.ts';
import { createPostJson } from './postJson.ts';

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A local server answering every POST with `handler`. */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0/1/messages`;
}

describe('createPostJson (node:http with keep-alive)', () => {
  const post = createPostJson({ timeoutMs: 300 });

  it('posts the body with its headers and reads the JSON answer, reusing the connection', async () => {
    const seen: { body: string; auth: string | undefined; port: number | undefined }[] = [];
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        seen.push({ body, auth: req.headers.authorization, port: req.socket.remotePort });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"messages":[{"id":"wamid.1"}]}');
      });
    });
    const first = await post(url, { authorization: 'Bearer t', 'content-type': 'application/json' }, '{"a":1}');
    const second = await post(url, { authorization: 'Bearer t', 'content-type': 'application/json' }, '{"a":2}');
    expect(first).toEqual({ kind: 'answered', ok: true, status: 200, json: { messages: [{ id: 'wamid.1' }] } });
    expect(second.kind).toBe('answered');
    expect(seen.map((request) => [request.body, request.auth])).toEqual([
      ['{"a":1}', 'Bearer t'],
      ['{"a":2}', 'Bearer t'],
    ]);
    expect(seen[0]!.port).toBe(seen[1]!.port);
  });

  it('gives error answers with their status, and says when a 2xx body cannot be read', async () => {
    const url = await serve((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.url?.endsWith('messages')) res.writeHead(400).end('{"error":{"code":100}}');
      });
    });
    expect(await post(url, {}, '{}')).toEqual({
      kind: 'answered',
      ok: false,
      status: 400,
      json: { error: { code: 100 } },
    });
    server!.removeAllListeners('request');
    server!.on('request', (req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200).end('not json'));
    });
    const broken = await post(url, {}, '{}');
    expect(broken).toMatchObject({ kind: 'answered', ok: true, status: 200, json: null });
    expect(broken.kind === 'answered' && broken.readError).toBeInstanceOf(Error);
  });

  it('fails with a TimeoutError when no answer comes in time, and with the system code when refused', async () => {
    const url = await serve((req) => req.resume());
    const slow = await post(url, {}, '{}');
    expect(slow.kind === 'failed' && slow.error.name).toBe('TimeoutError');
    const refused = await post(`http://127.0.0.1:${await freePort()}/x`, {}, '{}');
    expect(refused.kind === 'failed' && (refused.error as Error & { code?: string }).code).toBe('ECONNREFUSED');
  });
});
