import type { FlowAnalytics } from '@salesbot/api';
import { compileGraph } from '@salesbot/engine';
import { CURRENT_SCHEMA_VERSION, durationToMs, hasErrors, idSchema } from '@salesbot/graph';
import { Hono } from 'hono';
import { z } from 'zod';
import { readFlowAnalytics } from '../analytics/flowAnalytics.ts';
import { countDiagnostics, validateForWorkspace } from '../bot/validateForWorkspace.ts';
import type { Db } from '../db/openDatabase.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { optionalIntQuery, readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import {
  type FlowRecord,
  getFlow,
  getVersion,
  insertFlow,
  listFlows,
  listVersions,
  publishVersion,
  saveDraft,
  softDeleteFlow,
} from '../store/flows.ts';
import type { RouteDoc } from './routeDoc.ts';

/** A draft is any JSON object with an id and a name: drafts may be invalid, publishing checks them. */
const draftSchema = z.looseObject({ id: idSchema, name: z.string().min(1), description: z.string().optional() });
const createSchema = z.union([
  z.object({ graph: draftSchema }),
  z.object({ name: z.string().min(1).max(200), id: idSchema.optional() }),
]);
const saveSchema = z.object({ graph: z.looseObject({}), baseUpdatedAt: z.number().int().optional() });
const renameSchema = z.object({ name: z.string().min(1).max(200) });

export const flowsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/flows',
    summary: 'List flows with their diagnostics counts and the sessions each started in the last 7 days',
    tag: 'flows',
  },
  {
    method: 'post',
    path: '/api/flows',
    summary: 'Create a flow from a graph or a name',
    tag: 'flows',
    body: createSchema,
    status: 201,
  },
  { method: 'get', path: '/api/flows/:id', summary: 'A flow with its draft graph', tag: 'flows' },
  {
    method: 'put',
    path: '/api/flows/:id',
    summary: 'Save the draft (409 when baseUpdatedAt is stale)',
    tag: 'flows',
    body: saveSchema,
  },
  { method: 'patch', path: '/api/flows/:id', summary: 'Rename', tag: 'flows', body: renameSchema },
  {
    method: 'delete',
    path: '/api/flows/:id',
    summary: 'Delete (published versions stay for running sessions)',
    tag: 'flows',
  },
  {
    method: 'post',
    path: '/api/flows/:id/duplicate',
    summary: 'Copy a flow under a new id',
    tag: 'flows',
    status: 201,
  },
  { method: 'post', path: '/api/flows/:id/validate', summary: 'Diagnostics of the draft', tag: 'flows' },
  {
    method: 'post',
    path: '/api/flows/:id/publish',
    summary: 'Publish the draft as a new version (422 with diagnostics)',
    tag: 'flows',
  },
  { method: 'get', path: '/api/flows/:id/versions', summary: 'Published versions, newest first', tag: 'flows' },
  { method: 'get', path: '/api/flows/:id/versions/:version', summary: 'One published version', tag: 'flows' },
  {
    method: 'get',
    path: '/api/flows/:id/analytics',
    summary:
      'How its sessions went: started, running, ended by reason; per step reached, waiting, refused, outputs taken, messages by status (?days= for the last days, ?version=, ?channel=)',
    tag: 'flows',
  },
];

const MAX_ANALYTICS_DAYS = 3650;
/** The flows list's sessions column: those started this long ago or since. */
const RECENT = { amount: 7, unit: 'days' } as const;
const RECENT_SESSIONS_SQL = `SELECT flow_id AS flowId, count(*) AS n FROM sessions
  WHERE workspace_id = @workspaceId AND started_at >= @since GROUP BY flow_id`;

/** The flow's published `version` (as the URL gives it), or a 404 naming it. */
function requireVersion(db: Db, workspaceId: string, flowId: string, version: string) {
  const number = Number(version);
  const found = Number.isInteger(number) ? getVersion(db, workspaceId, flowId, number) : null;
  if (!found) throw apiError(404, 'not_found', `Flow "${flowId}" has no version ${version}`);
  return found;
}

/** The workspace's flow `id`, or a 404 naming it (another workspace's flow is not found either). */
export function requireFlow(db: Db, workspaceId: string, id: string): FlowRecord {
  const flow = getFlow(db, workspaceId, id);
  if (!flow) throw apiError(404, 'not_found', `No flow "${id}" in this workspace`);
  return flow;
}

/** Flows: drafts autosaved by the editor, validated against the workspace, published as immutable versions. */
export function flowsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flows = listFlows(db, workspaceId);
    // The sessions each flow started this week: a walk of the week's sessions (`sessions_by_workspace`), read off
    // the event loop (tens of thousands of rows in a busy workspace).
    const recent = await services.reader.all<{ flowId: string; n: number }>(RECENT_SESSIONS_SQL, {
      workspaceId,
      since: clock.now() - durationToMs(RECENT),
    });
    const sessionsByFlow = new Map(recent.map((row) => [row.flowId, row.n]));
    return c.json(
      flows.map((flow) => ({
        id: flow.id,
        name: flow.name,
        description: flow.description,
        updatedAt: flow.updatedAt,
        publishedVersion: flow.publishedVersion,
        errorCount: flow.errorCount,
        warningCount: flow.warningCount,
        sessions7d: sessionsByFlow.get(flow.id) ?? 0,
      })),
    );
  });

  app.post('/', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, createSchema);
    const draft =
      'graph' in body ? body.graph : emptyGraph(body.id ?? uniqueId(services, workspaceId, slug(body.name)), body.name);
    const now = clock.now();
    const created = services.transact(() =>
      insertFlow(db, {
        workspaceId,
        id: draft.id,
        name: draft.name,
        description: 'graph' in body ? (body.graph.description ?? null) : null,
        draft,
        counts: countDiagnostics(validateForWorkspace(services, workspaceId, draft)),
        now,
      }),
    );
    if (!created) throw apiError(409, 'conflict', `A flow with id "${draft.id}" already exists`);
    return c.json(describeFlow(requireFlow(db, workspaceId, draft.id)), 201);
  });

  app.get('/:id', (c) => c.json(describeFlow(requireFlow(db, c.get('principal').workspaceId, c.req.param('id')))));

  app.put('/:id', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const body = await readBody(c, saveSchema);
    if (body.baseUpdatedAt !== undefined && body.baseUpdatedAt !== flow.updatedAt) {
      throw apiError(409, 'stale', 'The flow changed since you loaded it', { updatedAt: flow.updatedAt });
    }
    // The URL names the flow: the draft's id follows it.
    const draft: Record<string, unknown> = { ...body.graph, id: flow.id };
    const name = typeof draft.name === 'string' && draft.name.trim() !== '' ? draft.name : flow.name;
    const description = typeof draft.description === 'string' ? draft.description : null;
    const diagnostics = validateForWorkspace(services, workspaceId, draft);
    const now = Math.max(clock.now(), flow.updatedAt + 1);
    services.transact(() =>
      saveDraft(db, { workspaceId, id: flow.id, name, description, draft, counts: countDiagnostics(diagnostics), now }),
    );
    return c.json({ updatedAt: now, diagnostics });
  });

  app.patch('/:id', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const { name } = await readBody(c, renameSchema);
    const draft = { ...(flow.draft as object), name };
    const now = Math.max(clock.now(), flow.updatedAt + 1);
    services.transact(() =>
      saveDraft(db, {
        workspaceId,
        id: flow.id,
        name,
        description: flow.description,
        draft,
        counts: { errors: flow.errorCount, warnings: flow.warningCount },
        now,
      }),
    );
    return c.json(describeFlow(requireFlow(db, workspaceId, flow.id)));
  });

  app.delete('/:id', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    services.transact(() => softDeleteFlow(db, workspaceId, flow.id, clock.now()));
    services.flows.invalidate(workspaceId);
    return c.json({ deleted: flow.id });
  });

  app.post('/:id/duplicate', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const id = uniqueId(services, workspaceId, `${flow.id}-copy`);
    const name = `${flow.name} (copy)`;
    const draft = { ...(flow.draft as object), id, name };
    services.transact(() =>
      insertFlow(db, {
        workspaceId,
        id,
        name,
        description: flow.description,
        draft,
        counts: countDiagnostics(validateForWorkspace(services, workspaceId, draft)),
        now: clock.now(),
      }),
    );
    return c.json(describeFlow(requireFlow(db, workspaceId, id)), 201);
  });

  app.post('/:id/validate', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    return c.json({ diagnostics: validateForWorkspace(services, workspaceId, flow.draft) });
  });

  app.post('/:id/publish', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const result = publishFlow(services, workspaceId, flow);
    if (!result.ok) {
      throw apiError(422, 'invalid_flow', 'The flow has errors and cannot be published', {
        diagnostics: result.diagnostics,
      });
    }
    return c.json({ version: result.version, publishedAt: result.publishedAt });
  });

  app.get('/:id/versions', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    return c.json(
      listVersions(db, workspaceId, flow.id).map((version) => ({
        version: version.version,
        publishedAt: version.publishedAt,
        nodeCount: Array.isArray((version.graph as { nodes?: unknown[] }).nodes)
          ? (version.graph as { nodes: unknown[] }).nodes.length
          : 0,
      })),
    );
  });

  app.get('/:id/versions/:version', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    return c.json(requireVersion(db, workspaceId, flow.id, c.req.param('version')));
  });

  app.get('/:id/analytics', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const flow = requireFlow(db, workspaceId, c.req.param('id'));
    const days = optionalIntQuery(c, 'days', 1);
    const version = optionalIntQuery(c, 'version', 1);
    if (version !== null) requireVersion(db, workspaceId, flow.id, String(version));
    const channelId = c.req.query('channel') || null;
    if (channelId !== null && services.channels.get(channelId)?.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No channel "${channelId}" in this workspace`);
    const now = clock.now();
    const analytics: FlowAnalytics = await readFlowAnalytics(services.reportReader, {
      workspaceId,
      flowId: flow.id,
      since: days === null ? null : now - durationToMs({ amount: Math.min(days, MAX_ANALYTICS_DAYS), unit: 'days' }),
      version,
      channelId,
      now,
    });
    return c.json(analytics);
  });

  return app;
}

/**
 * Publishes a flow's draft: refused with the diagnostics when it has errors (unknown or unapproved templates
 * included) or does not compile; otherwise stored as the next immutable version. Running sessions keep theirs.
 */
export function publishFlow(
  services: Services,
  workspaceId: string,
  flow: FlowRecord,
):
  | { ok: true; version: number; publishedAt: number }
  | { ok: false; diagnostics: ReturnType<typeof validateForWorkspace> } {
  const diagnostics = validateForWorkspace(services, workspaceId, flow.draft);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  const compiled = compileGraph(flow.draft);
  if (!compiled.ok) return { ok: false, diagnostics: compiled.diagnostics };
  const publishedAt = services.clock.now();
  // The compiled graph has defaults filled in: that is what the version pins.
  const version = services.transact(() =>
    publishVersion(services.db, workspaceId, flow.id, compiled.graph, publishedAt),
  );
  services.flows.invalidate(workspaceId);
  return { ok: true, version, publishedAt };
}

function describeFlow(flow: FlowRecord) {
  return {
    id: flow.id,
    name: flow.name,
    description: flow.description,
    draft: flow.draft,
    updatedAt: flow.updatedAt,
    publishedVersion: flow.publishedVersion,
    errorCount: flow.errorCount,
    warningCount: flow.warningCount,
  };
}

/** A new flow: one "any message" trigger not yet connected, no steps. */
function emptyGraph(id: string, name: string) {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    name,
    triggers: [{ id: 'start', type: 'inboundMessage', nodeId: null, match: { kind: 'any' }, newContactsOnly: false }],
    variables: [],
    nodes: [],
    edges: [],
  };
}

function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return base || 'flow';
}

function uniqueId(services: Services, workspaceId: string, base: string): string {
  let id = base;
  for (let n = 2; getFlow(services.db, workspaceId, id); n++) id = `${base}-${n}`;
  return id;
}
