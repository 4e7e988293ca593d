import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildMessageWebhook, type WebhookEvent } from '@salesbot/whatsapp';
import { afterEach, describe, expect, it } from 'vitest';
import { signBody } from '../webhook/verifySignature.ts';
import { createFrontHandler } from './frontHandler.ts';
import { directoryFrom } from './frontMessages.ts';

const SECRET = 'handler-secret';
let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** The handler on a real HTTP server, with a recording submit and forward. */
async function start(commit: (events: WebhookEvent[]) => Promise<boolean>) {
  const submitted: WebhookEvent[][] = [];
  const forwarded: { url: string | undefined; body: string | undefined }[] = [];
  server = createServer(
    createFrontHandler({
      maxBodyBytes: 1000,
      directory: () => directoryFrom({ global: SECRET, channels: [] }),
      submit: (events) => {
        submitted.push(events);
        return commit(events);
      },
      forward: (request: IncomingMessage, response, body) => {
        forwarded.push({ url: request.url, body: body?.toString() });
        response.writeHead(299).end();
      },
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return { url, submitted, forwarded };
}

const body = JSON.stringify(
  buildMessageWebhook({
    phoneNumberId: '1234567',
    from: '15550001111',
    name: 'H',
    id: 'wamid.h1',
    timestamp: 1_700_000_000_000,
    content: { type: 'text', text: 'Hi' },
  }),
);
const post = (url: string, text: string, signature: string, init: RequestInit = {}) =>
  fetch(`${url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'x-hub-signature-256': signature },
    body: text,
    ...init,
  });

describe('createFrontHandler', () => {
  it('submits a verified delivery and answers after the commit', async () => {
    const front = await start(async () => true);
    const response = await post(front.url, body, signBody(body, SECRET));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, events: 1 });
    expect(front.submitted).toHaveLength(1);
    expect(front.submitted[0]![0]).toMatchObject({ kind: 'message', phoneNumberId: '1234567' });
    expect(front.forwarded).toEqual([]);
  });

  it('answers 500 when the app could not commit (WhatsApp retries)', async () => {
    const front = await start(async () => false);
    const response = await post(front.url, body, signBody(body, SECRET));
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ error: { code: 'not_applied' } });
  });

  it('hands a refused delivery to the app with the bytes it read, and everything else untouched', async () => {
    const front = await start(async () => true);
    expect((await post(front.url, body, signBody(body, 'forged'))).status).toBe(299);
    expect((await fetch(`${front.url}/api/flows`)).status).toBe(299);
    expect((await post(`${front.url}`, body, signBody(body, SECRET), { method: 'PUT' })).status).toBe(299);
    expect(front.forwarded).toEqual([
      { url: '/webhooks/whatsapp', body },
      { url: '/api/flows', body: undefined },
      { url: '/webhooks/whatsapp', body: undefined },
    ]);
    expect(front.submitted).toEqual([]);
  });

  it('refuses a body over the limit, announced or streamed, without submitting it', async () => {
    const front = await start(async () => true);
    const big = 'x'.repeat(1001);
    const announced = await post(front.url, big, signBody(big, SECRET));
    expect(announced.status).toBe(413);
    expect(await announced.json()).toEqual({
      error: { code: 'too_large', message: 'The body is larger than 1000 bytes' },
    });
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 3; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(400)));
        controller.close();
      },
    });
    const streamed = await post(front.url, '', signBody(big, SECRET), { body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(front.submitted).toEqual([]);
  });
});
