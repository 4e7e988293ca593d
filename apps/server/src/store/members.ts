import { createHash, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';

/** Who is calling the admin API. */
export interface Principal {
  memberId: string;
  workspaceId: string;
  role: 'admin' | 'agent';
  name: string;
}

/**
 * SHA-256 of a token. Tokens are 256 random bits, so a fast unsalted hash is enough: nothing to brute-force,
 * and it lets a token be found by an index look-up.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Finds the member a bearer token belongs to (cached by hash; the cache is dropped when members change). */
export class MemberStore {
  private cache = new Map<string, Principal | null>();

  constructor(private readonly db: Db) {}

  authenticate(token: string): Principal | null {
    const hash = hashToken(token);
    let principal = this.cache.get(hash);
    if (principal === undefined) {
      const row = stmt(
        this.db,
        'SELECT id, workspace_id, role, name, token_hash FROM members WHERE token_hash = ?',
      ).get(hash) as
        | { id: string; workspace_id: string; role: 'admin' | 'agent'; name: string; token_hash: string }
        | undefined;
      // The index found the row by hash; compare again in constant time so no path depends on early exits.
      principal =
        row && timingSafeEqual(Buffer.from(row.token_hash, 'hex'), Buffer.from(hash, 'hex'))
          ? { memberId: row.id, workspaceId: row.workspace_id, role: row.role, name: row.name }
          : null;
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(hash, principal);
    }
    return principal;
  }

  insert(member: {
    id: string;
    workspaceId: string;
    name: string;
    role: 'admin' | 'agent';
    token: string;
    teamId?: string | null;
    now: number;
  }): void {
    stmt(
      this.db,
      `INSERT INTO members (id, workspace_id, name, role, token_hash, team_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      member.id,
      member.workspaceId,
      member.name,
      member.role,
      hashToken(member.token),
      member.teamId ?? null,
      member.now,
    );
    this.cache.clear();
  }

  /** Replaces a member's token (the seed does this when ADMIN_TOKEN changes). */
  setToken(memberId: string, token: string): void {
    stmt(this.db, 'UPDATE members SET token_hash = ? WHERE id = ?').run(hashToken(token), memberId);
    this.cache.clear();
  }

  invalidate(): void {
    this.cache.clear();
  }
}
