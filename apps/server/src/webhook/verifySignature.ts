import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * True when `header` (`X-Hub-Signature-256: sha256=<hex>`) is the HMAC-SHA256 of the raw `body` under `secret`.
 * Compares in constant time; a missing or malformed header is simply false.
 */
export function verifySignature(body: Uint8Array, header: string | undefined | null, secret: string): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const given = Buffer.from(header.slice(7), 'hex');
  const expected = createHmac('sha256', secret).update(body).digest();
  // A non-hex or short header decodes to fewer bytes: reject before timingSafeEqual (which needs equal lengths).
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The header value WhatsApp would send for `body`: for tests, the stand-in Graph API and the bench. */
export function signBody(body: string | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}
