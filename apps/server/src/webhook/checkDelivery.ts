import { parseWebhook, type WebhookEvent } from '@salesbot/whatsapp';
import { type SigningDirectory, signingSecrets } from './signingSecrets.ts';
import { verifySignature } from './verifySignature.ts';

/** A delivery's events, or why it is refused (the status and the error body's code, message and details). */
export type DeliveryCheck =
  | { ok: true; events: WebhookEvent[] }
  | { ok: false; status: 400 | 401; code: string; message: string; details?: unknown };

/**
 * Checks a `POST /webhooks/whatsapp` body: the `X-Hub-Signature-256` over the raw bytes (401), then JSON and shape
 * (400 with the reason). A body signed with the configured app secret is judged by its content; any other
 * signature must come from a secret that covers every event's channel — and an unsigned body never learns whether
 * its JSON was valid.
 */
export function checkDelivery(raw: Buffer, signature: string | undefined, directory: SigningDirectory): DeliveryCheck {
  if (!signature) return { ok: false, status: 401, code: 'unsigned', message: 'X-Hub-Signature-256 is missing' };
  const badSignature = {
    ok: false,
    status: 401,
    code: 'bad_signature',
    message: 'The signature does not match',
  } as const;
  const signedByApp = directory.global !== undefined && verifySignature(raw, signature, directory.global);
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    if (!signedByApp) return badSignature;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 400, code: 'invalid_json', message: `The body is not JSON: ${reason}` };
  }
  const parsed = parseWebhook(json);
  if (!parsed.ok) {
    if (!signedByApp) return badSignature;
    return {
      ok: false,
      status: 400,
      code: 'invalid_payload',
      message: `${parsed.path}: ${parsed.error}`,
      details: { path: parsed.path },
    };
  }
  if (
    !signedByApp &&
    !signingSecrets(directory, parsed.events).some((secret) => verifySignature(raw, signature, secret))
  ) {
    return badSignature;
  }
  return { ok: true, events: parsed.events };
}

/** The 413 body for a delivery over `maxBodyBytes` (the same from the front thread and the app). */
export function tooLargeBody(maxBodyBytes: number) {
  return { error: { code: 'too_large', message: `The body is larger than ${maxBodyBytes} bytes` } };
}

/** The 500 body when a delivery could not be committed: Meta retries it, and deduplication makes that safe. */
export const NOT_APPLIED = { error: { code: 'not_applied', message: 'The delivery could not be applied; retry' } };
