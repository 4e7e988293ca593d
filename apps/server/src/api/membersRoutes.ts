import { Hono } from 'hono';
import { z } from 'zod';
import { newId, newToken } from '../db/ids.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import type { RouteDoc } from './routeDoc.ts';

const memberSchema = z.object({
  name: z.string().min(1).max(100),
  role: z.enum(['admin', 'agent']).default('agent'),
  teamId: z.string().nullable().optional(),
});
const teamSchema = z.object({ name: z.string().min(1).max(100) });

export const membersDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/members',
    summary: "The workspace's members (tokens are never shown again)",
    tag: 'members',
  },
  {
    method: 'post',
    path: '/api/members',
    summary: 'Add a member; the answer holds their token, once',
    tag: 'members',
    body: memberSchema,
    status: 201,
  },
  {
    method: 'delete',
    path: '/api/members/:id',
    summary: 'Remove a member (their token stops working)',
    tag: 'members',
  },
  { method: 'get', path: '/api/teams', summary: 'Teams', tag: 'members' },
  { method: 'post', path: '/api/teams', summary: 'Create a team', tag: 'members', body: teamSchema, status: 201 },
];

/** Members (admins and agents, each with a token) and teams. */
export function membersRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  app.get('/members', (c) =>
    c.json(
      stmt(
        db,
        'SELECT id, name, role, team_id AS teamId, created_at AS createdAt FROM members WHERE workspace_id = ? ORDER BY created_at',
      ).all(c.get('principal').workspaceId),
    ),
  );

  app.post('/members', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, memberSchema);
    if (
      body.teamId &&
      !stmt(db, 'SELECT 1 FROM teams WHERE id = ? AND workspace_id = ?').get(body.teamId, workspaceId)
    ) {
      throw apiError(400, 'invalid_body', 'teamId: no such team in this workspace');
    }
    const id = newId('mb');
    const token = newToken();
    services.transact(() =>
      services.members.insert({
        id,
        workspaceId,
        name: body.name,
        role: body.role,
        token,
        teamId: body.teamId ?? null,
        now: clock.now(),
      }),
    );
    return c.json({ id, name: body.name, role: body.role, teamId: body.teamId ?? null, token }, 201);
  });

  app.delete('/members/:id', requireAdmin, (c) => {
    const principal = c.get('principal');
    if (c.req.param('id') === principal.memberId) throw apiError(409, 'conflict', 'You cannot remove yourself');
    const removed = services.transact(
      () =>
        stmt(db, 'DELETE FROM members WHERE id = ? AND workspace_id = ?').run(c.req.param('id'), principal.workspaceId)
          .changes,
    );
    if (removed === 0) throw apiError(404, 'not_found', `No member "${c.req.param('id')}" in this workspace`);
    services.members.invalidate();
    return c.json({ deleted: c.req.param('id') });
  });

  app.get('/teams', (c) =>
    c.json(
      stmt(db, 'SELECT id, name FROM teams WHERE workspace_id = ? ORDER BY name').all(c.get('principal').workspaceId),
    ),
  );

  app.post('/teams', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, teamSchema);
    const id = newId('tm');
    try {
      services.transact(() =>
        stmt(db, 'INSERT INTO teams (id, workspace_id, name) VALUES (?, ?, ?)').run(id, workspaceId, body.name),
      );
    } catch (error) {
      if (String(error).includes('UNIQUE')) throw apiError(409, 'conflict', `A team named "${body.name}" exists`);
      throw error;
    }
    return c.json({ id, name: body.name }, 201);
  });

  return app;
}
