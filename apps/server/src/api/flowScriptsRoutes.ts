import { type ConversationScript, conversationScriptSchema } from '@salesbot/engine';
import { Hono } from 'hono';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { limitBody } from '../http/limitBody.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import { flowScriptStore } from './flowScriptStore.ts';
import { requireFlow } from './flowsRoutes.ts';
import type { RouteDoc } from './routeDoc.ts';

/** A script's name: what the URL and the editor's list show. */
export const SCRIPT_NAME = /^[a-z0-9-]{1,60}$/;
/** Larger than any script a person records; keeps one request from filling the database. */
export const MAX_SCRIPT_BYTES = 1024 * 1024;

export const flowScriptsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/flows/:id/scripts',
    summary: 'The conversation scripts stored with a flow (name, conversations, times), by name',
    tag: 'flows',
  },
  {
    method: 'get',
    path: '/api/flows/:id/scripts/:name',
    summary: 'One stored conversation script, as it was put',
    tag: 'flows',
  },
  {
    method: 'put',
    path: '/api/flows/:id/scripts/:name',
    summary: 'Store a conversation script under a name ([a-z0-9-]{1,60}), replacing one of that name (201 when new)',
    tag: 'flows',
    body: conversationScriptSchema,
  },
  { method: 'delete', path: '/api/flows/:id/scripts/:name', summary: 'Delete a stored script', tag: 'flows' },
];

/**
 * `/api/flows/:id/scripts`: conversation scripts kept with a flow (the preview records them; the preview, the tests
 * and `npx salesbot test` play them). Mounted beside the flow routes; a flow of another workspace is a 404.
 */
export function flowScriptsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();
  const nameOf = (name: string): string => {
    if (!SCRIPT_NAME.test(name)) {
      throw apiError(400, 'invalid_name', 'A script name is 1 to 60 lower-case letters, digits and dashes');
    }
    return name;
  };

  app.get('/:id/scripts', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    return c.json(flowScriptStore.list(db, workspaceId, flow.id, flow.createdAt));
  });

  app.get('/:id/scripts/:name', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const name = nameOf(c.req.param('name'));
    const script = flowScriptStore.get(db, workspaceId, flow.id, flow.createdAt, name);
    if (!script) throw apiError(404, 'not_found', `Flow "${flow.id}" has no script "${name}"`);
    return c.json(script);
  });

  app.put(
    '/:id/scripts/:name',
    requireAdmin,
    limitBody(MAX_SCRIPT_BYTES, () => {
      throw apiError(413, 'too_large', `A script is at most ${MAX_SCRIPT_BYTES} bytes`);
    }),
    async (c) => {
      const workspaceId = c.get('principal').workspaceId;
      const flow = requireFlow(db, workspaceId, c.req.param('id'));
      const name = nameOf(c.req.param('name'));
      // The schema checks the shape the engine's types describe (one kind per step), which zod cannot infer.
      const script = (await readBody(c, conversationScriptSchema)) as ConversationScript;
      const now = clock.now();
      const { created } = services.transact(() =>
        flowScriptStore.put(db, { workspaceId, flowId: flow.id, flowCreatedAt: flow.createdAt, name, script, now }),
      );
      return c.json({ name, conversations: script.conversations.length, updatedAt: now }, created ? 201 : 200);
    },
  );

  app.delete('/:id/scripts/:name', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const name = nameOf(c.req.param('name'));
    const removed = services.transact(() => flowScriptStore.remove(db, workspaceId, flow.id, flow.createdAt, name));
    if (!removed) throw apiError(404, 'not_found', `Flow "${flow.id}" has no script "${name}"`);
    return c.json({ deleted: name });
  });

  return app;
}
