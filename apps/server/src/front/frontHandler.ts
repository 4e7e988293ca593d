import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebhookEvent } from '@salesbot/whatsapp';
import { checkDelivery, NOT_APPLIED, tooLargeBody } from '../webhook/checkDelivery.ts';
import type { SigningDirectory } from '../webhook/signingSecrets.ts';
import { sendJson } from './sendJson.ts';

/** What the front thread's request handler needs. */
export interface FrontDeps {
  maxBodyBytes: number;
  /** The channels' secrets as last heard from the app (a stale one only sends a delivery the slow way). */
  directory(): SigningDirectory;
  /** Commits a checked delivery's events in the app; resolves true once committed. */
  submit(events: WebhookEvent[]): Promise<boolean>;
  /** Hands the request to the app (with the body when it was already read). */
  forward(request: IncomingMessage, response: ServerResponse, body?: Buffer): void;
}

const WEBHOOK_PATH = '/webhooks/whatsapp';

/**
 * The public HTTP handler of the front thread: a WhatsApp delivery whose signature and shape check out is read,
 * checked and submitted here, and answered once the app committed it; everything else — the admin API, the
 * editor, the handshake, and any delivery the check refuses (so the app, with fresh channel data, words the error)
 * — is forwarded to the app unchanged.
 */
export function createFrontHandler(deps: FrontDeps): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (request.method !== 'POST' || request.url !== WEBHOOK_PATH) {
      deps.forward(request, response);
      return;
    }
    const announced = request.headers['content-length'];
    if (announced !== undefined && !request.headers['transfer-encoding'] && !(Number(announced) <= deps.maxBodyBytes)) {
      sendJson(response, 413, tooLargeBody(deps.maxBodyBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > deps.maxBodyBytes) {
        refused = true;
        sendJson(response, 413, tooLargeBody(deps.maxBodyBytes));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      const raw = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
      const signature = request.headers['x-hub-signature-256'];
      const check = checkDelivery(raw, typeof signature === 'string' ? signature : undefined, deps.directory());
      if (!check.ok) {
        deps.forward(request, response, raw);
        return;
      }
      deps.submit(check.events).then(
        (committed) =>
          committed
            ? sendJson(response, 200, { ok: true, events: check.events.length })
            : sendJson(response, 500, NOT_APPLIED),
        () => sendJson(response, 500, NOT_APPLIED),
      );
    });
  };
}
