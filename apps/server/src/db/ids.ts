import { randomBytes, randomFillSync } from 'node:crypto';

const BASE32 = '0123456789abcdefghijklmnopqrstuv';
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

/**
 * A new row id with a readable prefix: `ws_…`, `ch_…`, `co_…`; 20 characters after it: the time (9 base-32
 * characters of milliseconds) then 55 random bits. Time first, so ids made one after another sort together:
 * a new row lands on the right-hand page of each index instead of a random one, and a commit writes a few pages
 * rather than one page per index per row (random ids made the WAL — and the commit — several times bigger).
 */
export function newId(prefix: string): string {
  if (poolOffset + 11 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  let time = Date.now();
  let head = '';
  for (let i = 0; i < 9; i++) {
    head = BASE32[time % 32]! + head;
    time = Math.floor(time / 32);
  }
  let tail = '';
  for (let i = 0; i < 11; i++) tail += BASE32[pool[poolOffset++]! & 31]!;
  return `${prefix}_${head}${tail}`;
}

/** A secret token (admin and member tokens): 32 random bytes, URL-safe. */
export function newToken(): string {
  return `sb_${randomBytes(32).toString('base64url')}`;
}
