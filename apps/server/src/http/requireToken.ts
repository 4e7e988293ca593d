import type { MiddlewareHandler } from 'hono';
import type { MemberStore } from '../store/members.ts';
import { apiError } from './apiError.ts';
import type { AppEnv } from './appEnv.ts';

/** Authorises an admin API call by its bearer token; the workspace of the token is the only one it can see. */
export function requireToken(members: MemberStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // EventSource cannot send headers: the SSE stream also takes the token as `?token=`.
    const token = match?.[1] ?? (c.req.path === '/api/events' ? c.req.query('token') : undefined);
    if (!token) throw apiError(401, 'unauthorized', 'Send a workspace token: Authorization: Bearer <token>');
    const principal = members.authenticate(token);
    if (!principal) throw apiError(401, 'unauthorized', 'The token is not valid');
    c.set('principal', principal);
    await next();
  };
}

/** Only the workspace admin may call this (agents may not change flows, channels or templates). */
export const requireAdmin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.get('principal').role !== 'admin') throw apiError(403, 'forbidden', 'Only a workspace admin may do this');
  await next();
};
