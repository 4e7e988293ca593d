import { Hono } from 'hono';
import { z } from 'zod';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import { deleteTemplate, getTemplate, listTemplates, updateTemplate, upsertTemplate } from '../store/templates.ts';
import { syncTemplates } from '../templates/syncTemplates.ts';
import type { RouteDoc } from './routeDoc.ts';

const category = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(['UTILITY', 'MARKETING', 'AUTHENTICATION']));
const status = z
  .string()
  .transform((value) => value.toUpperCase())
  .pipe(z.enum(['APPROVED', 'PENDING', 'REJECTED', 'PAUSED', 'DISABLED', 'IN_APPEAL', 'PENDING_DELETION']));
const kind = z.enum(['custom', 'carousel', 'flow']);

const createSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]{1,512}$/, 'lowercase letters, digits and "_"'),
  language: z.string().min(2).max(15),
  category,
  kind: kind.default('custom'),
  components: z.array(z.unknown()).default([]),
  status: status.default('APPROVED'),
});
const updateSchema = z.object({
  category: category.optional(),
  kind: kind.optional(),
  components: z.array(z.unknown()).optional(),
  status: status.optional(),
});

export const templatesDocs: RouteDoc[] = [
  { method: 'get', path: '/api/templates', summary: "The workspace's template registry", tag: 'templates' },
  {
    method: 'post',
    path: '/api/templates',
    summary: 'Add a template (sandbox workspaces only)',
    tag: 'templates',
    body: createSchema,
    status: 201,
  },
  {
    method: 'put',
    path: '/api/templates/:id',
    summary: 'Edit a template, e.g. its status (sandbox only)',
    tag: 'templates',
    body: updateSchema,
  },
  { method: 'delete', path: '/api/templates/:id', summary: 'Remove a template (sandbox only)', tag: 'templates' },
  { method: 'post', path: '/api/templates/sync', summary: 'Pull templates from the Graph API', tag: 'templates' },
];

/** The template registry: edited by hand in sandbox workspaces, synced from Meta where a channel has credentials. */
export function templatesRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  /** Templates of a workspace with a real number belong to Meta: only a sync changes them. */
  const requireSandbox = (workspaceId: string) => {
    if (services.channels.list(workspaceId).some((channel) => !channel.sandbox)) {
      throw apiError(
        409,
        'managed_by_meta',
        'This workspace has a WhatsApp number: templates come from Meta (use sync)',
      );
    }
  };

  app.get('/', (c) => c.json(listTemplates(db, c.get('principal').workspaceId)));

  app.post('/sync', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const channels = services.channels.list(workspaceId).filter((channel) => !channel.sandbox && channel.wabaId);
    if (channels.length === 0) {
      throw apiError(409, 'no_credentials', 'No channel of this workspace has credentials and a WABA id to sync from');
    }
    let count = 0;
    for (const channel of channels) {
      const result = await syncTemplates(services, channel);
      if (!result.ok)
        throw apiError(502, 'sync_failed', `Template sync failed: ${result.message}`, { status: result.status });
      count += result.count;
    }
    return c.json({ synced: count, templates: listTemplates(db, workspaceId) });
  });

  app.post('/', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    requireSandbox(workspaceId);
    const body = await readBody(c, createSchema);
    const id = services.transact(() => upsertTemplate(db, workspaceId, body, clock.now()));
    services.templates.invalidate(workspaceId);
    return c.json(getTemplate(db, workspaceId, id), 201);
  });

  app.put('/:id', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    requireSandbox(workspaceId);
    const template = getTemplate(db, workspaceId, c.req.param('id'));
    if (!template) throw apiError(404, 'not_found', `No template "${c.req.param('id')}" in this workspace`);
    const body = await readBody(c, updateSchema);
    services.transact(() => {
      updateTemplate(db, workspaceId, template.id, body, clock.now());
      services.bus.record(
        workspaceId,
        'template.updated',
        { id: template.id, status: body.status ?? template.status },
        clock.now(),
      );
    });
    services.templates.invalidate(workspaceId);
    return c.json(getTemplate(db, workspaceId, template.id));
  });

  app.delete('/:id', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    requireSandbox(workspaceId);
    if (!services.transact(() => deleteTemplate(db, workspaceId, c.req.param('id')))) {
      throw apiError(404, 'not_found', `No template "${c.req.param('id')}" in this workspace`);
    }
    services.templates.invalidate(workspaceId);
    return c.json({ deleted: c.req.param('id') });
  });

  return app;
}
