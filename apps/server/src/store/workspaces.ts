import { newId, newToken } from '../db/ids.ts';
import type { Db } from '../db/openDatabase.ts';
import { stmt } from '../db/stmt.ts';
import type { MemberStore } from './members.ts';

/** Creates a workspace with its admin member. Returns the ids and the admin's token (shown once). */
export function createWorkspace(
  db: Db,
  members: MemberStore,
  input: { name: string; now: number; id?: string; adminToken?: string },
): { workspaceId: string; memberId: string; token: string } {
  const workspaceId = input.id ?? newId('ws');
  const memberId = newId('mb');
  const token = input.adminToken ?? newToken();
  stmt(db, 'INSERT INTO workspaces (id, name, created_at) VALUES (?, ?, ?)').run(workspaceId, input.name, input.now);
  members.insert({ id: memberId, workspaceId, name: 'Admin', role: 'admin', token, now: input.now });
  return { workspaceId, memberId, token };
}
