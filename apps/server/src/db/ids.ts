import { randomBytes, randomUUID } from 'node:crypto';

/** A new row id with a readable prefix: `ws_…`, `ch_…`, `co_…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/** A secret token (admin and member tokens): 32 random bytes, URL-safe. */
export function newToken(): string {
  return `sb_${randomBytes(32).toString('base64url')}`;
}
