import type { MovedLead } from '@salesbot/api';
import { Hono } from 'hono';
import { z } from 'zod';
import { onStageChanged } from '../bot/onStageChanged.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery, readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import { getContact } from '../store/contacts.ts';
import { ensurePipeline, ensureStage, getLead, listLeads, moveLead } from '../store/leads.ts';
import type { RouteDoc } from './routeDoc.ts';

const pipelineSchema = z.object({
  name: z.string().min(1).max(100),
  stages: z.array(z.string().min(1).max(100)).default([]),
});
const stageSchema = z.object({ name: z.string().min(1).max(100) });
const leadSchema = z.object({
  contactId: z.string().min(1),
  pipeline: z.string().min(1),
  stage: z.string().min(1),
  value: z.number().nullable().optional(),
});
const moveSchema = z.object({ stage: z.string().min(1), value: z.number().nullable().optional() });

export const leadsDocs: RouteDoc[] = [
  { method: 'get', path: '/api/pipelines', summary: 'Pipelines with their stages', tag: 'leads' },
  {
    method: 'post',
    path: '/api/pipelines',
    summary: 'Create a pipeline',
    tag: 'leads',
    body: pipelineSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/pipelines/:id/stages',
    summary: 'Append a stage',
    tag: 'leads',
    body: stageSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/leads',
    summary: 'Leads, most recently moved first (?pipeline=, ?limit= up to 1000, default 100, ?offset=)',
    tag: 'leads',
  },
  {
    method: 'post',
    path: '/api/leads',
    summary: "Put a contact's lead at a stage (starts flows triggered by that stage, once)",
    tag: 'leads',
    body: leadSchema,
  },
  {
    method: 'patch',
    path: '/api/leads/:id',
    summary: 'Move a lead to a stage (starts flows triggered by it, once)',
    tag: 'leads',
    body: moveSchema,
  },
];

/** Pipelines, stages and leads; a stage change made here can start a flow. */
export function leadsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  const pipelines = (workspaceId: string) => {
    const rows = stmt(db, 'SELECT id, name FROM pipelines WHERE workspace_id = ? ORDER BY name').all(workspaceId) as {
      id: string;
      name: string;
    }[];
    return rows.map((pipeline) => ({
      ...pipeline,
      stages: stmt(db, 'SELECT id, name, position FROM stages WHERE pipeline_id = ? ORDER BY position').all(
        pipeline.id,
      ),
    }));
  };

  app.get('/pipelines', (c) => c.json(pipelines(c.get('principal').workspaceId)));

  app.post('/pipelines', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, pipelineSchema);
    const id = services.transact(() => ensurePipeline(db, workspaceId, body.name, body.stages));
    return c.json(
      pipelines(workspaceId).find((pipeline) => pipeline.id === id),
      201,
    );
  });

  app.post('/pipelines/:id/stages', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const pipeline = pipelines(workspaceId).find((candidate) => candidate.id === c.req.param('id'));
    if (!pipeline) throw apiError(404, 'not_found', `No pipeline "${c.req.param('id')}" in this workspace`);
    const body = await readBody(c, stageSchema);
    services.transact(() => ensureStage(db, pipeline.id, body.name));
    return c.json(
      pipelines(workspaceId).find((candidate) => candidate.id === pipeline.id),
      201,
    );
  });

  app.get('/leads', (c) =>
    c.json(
      listLeads(db, c.get('principal').workspaceId, {
        pipeline: c.req.query('pipeline'),
        limit: intQuery(c, 'limit', 100),
        offset: intQuery(c, 'offset', 0, 1e9),
      }),
    ),
  );

  const move = (
    workspaceId: string,
    contactId: string,
    pipeline: string,
    stage: string,
    value?: number | null,
  ): MovedLead => {
    const contact = getContact(db, contactId);
    if (!contact || contact.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No contact "${contactId}" in this workspace`);
    return services.transact(() => {
      const now = clock.now();
      const lead = moveLead(db, {
        workspaceId,
        contactId,
        pipeline,
        stage,
        now,
        ...(value === undefined ? {} : { value }),
      });
      services.bus.record(workspaceId, 'lead.updated', lead, now);
      const sessionId = lead.changed ? onStageChanged(services, contact, pipeline, stage) : null;
      return { ...lead, sessionId };
    });
  };

  app.post('/leads', async (c) => {
    const body = await readBody(c, leadSchema);
    return c.json(move(c.get('principal').workspaceId, body.contactId, body.pipeline, body.stage, body.value));
  });

  app.patch('/leads/:id', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const lead = getLead(db, workspaceId, c.req.param('id'));
    if (!lead) throw apiError(404, 'not_found', `No lead "${c.req.param('id')}" in this workspace`);
    const body = await readBody(c, moveSchema);
    return c.json(move(workspaceId, lead.contactId, lead.pipeline, body.stage, body.value));
  });

  return app;
}
