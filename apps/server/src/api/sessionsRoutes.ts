import type { SessionDetail } from '@salesbot/api';
import { Hono } from 'hono';
import { loadScope } from '../bot/loadScope.ts';
import { sessionSummary, stopBotSession } from '../bot/runSession.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery } from '../http/readBody.ts';
import type { Services } from '../services.ts';
import { getSession, getSessionTrace, type Session } from '../store/sessions.ts';
import { describeSession } from './describeSession.ts';
import type { RouteDoc } from './routeDoc.ts';

export const sessionsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/sessions',
    summary: 'Sessions, newest first (?conversation=, ?flow=, ?status=waiting|ended)',
    tag: 'sessions',
  },
  {
    method: 'get',
    path: '/api/sessions/:id',
    summary: 'A session with its snapshot, timers and trace',
    tag: 'sessions',
  },
  {
    method: 'post',
    path: '/api/sessions/:id/stop',
    summary: 'Stop a running session (agent took over)',
    tag: 'sessions',
  },
];

/** Bot sessions: what ran where, the trace of every step, and a stop button. */
export function sessionsRoutes(services: Services): Hono<AppEnv> {
  const { db } = services;
  const app = new Hono<AppEnv>();
  const load = (workspaceId: string, id: string): Session => {
    const session = getSession(db, id);
    if (!session || session.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No session "${id}" in this workspace`);
    return session;
  };

  app.get('/', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const conversation = c.req.query('conversation') ?? null;
    const flow = c.req.query('flow') ?? null;
    const status = c.req.query('status') ?? null;
    const ids = stmt(
      db,
      `SELECT id FROM sessions WHERE workspace_id = ? AND (? IS NULL OR conversation_id = ?) AND (? IS NULL OR flow_id = ?)
         AND (? IS NULL OR status = ?) ORDER BY started_at DESC, id LIMIT ?`,
    )
      .pluck()
      .all(workspaceId, conversation, conversation, flow, flow, status, status, intQuery(c, 'limit', 100)) as string[];
    return c.json(ids.map((id) => describeSession(services, getSession(db, id)!)));
  });

  app.get('/:id', (c) => {
    const session = load(c.get('principal').workspaceId, c.req.param('id'));
    const timers = stmt(
      db,
      'SELECT timer_id AS timerId, node_id AS nodeId, due_at AS dueAt, state FROM timers WHERE session_id = ?',
    ).all(session.id) as SessionDetail['timers'];
    return c.json({
      ...describeSession(services, session),
      triggerId: session.triggerId,
      endDetail: session.endDetail,
      snapshot: session.snapshot,
      timers,
      trace: getSessionTrace(db, session.id),
    } satisfies SessionDetail);
  });

  app.post('/:id/stop', (c) => {
    const principal = c.get('principal');
    const session = load(principal.workspaceId, c.req.param('id'));
    if (session.status === 'ended') return c.json(sessionSummary(session));
    services.transact(() => {
      const scope = loadScope(services, session.conversationId);
      if (!scope) throw apiError(404, 'not_found', 'The conversation is gone');
      stopBotSession(services, scope, session, principal.name);
    });
    return c.json(sessionSummary(session));
  });

  return app;
}
