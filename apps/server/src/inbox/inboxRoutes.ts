import * as engine from '@salesbot/engine';
import { Hono } from 'hono';
import { z } from 'zod';
import type { RouteDoc } from '../api/routeDoc.ts';
import { loadScope } from '../bot/loadScope.ts';
import { startBotSession, stopBotSession } from '../bot/runSession.ts';
import { isManualClock } from '../clock.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import { PAUSED_UNTIL_RESUMED, saveConversation } from '../store/conversations.ts';
import type { Principal } from '../store/members.ts';
import { getActiveSession } from '../store/sessions.ts';
import { addNote, listNotes } from './conversationNotes.ts';
import { toInboxConversation } from './inboxRow.ts';
import { getInboxSettings, inboxSettingsSchema, saveInboxSettings } from './inboxSettings.ts';
import { inboxQuerySchema, listInbox } from './listInbox.ts';

const noteSchema = z.object({ text: z.string().trim().min(1).max(4000) });
const handBackSchema = z.object({
  /** Start this flow's published version (through its API trigger); without it the bot resumes where it was. */
  flowId: z.string().min(1).optional(),
  variables: z.record(z.string(), z.string()).optional(),
});
const assignSchema = z.object({
  /** A member of the workspace, or null to unassign. */
  agentId: z.string().nullable().optional(),
  team: z.string().trim().min(1).max(100).nullable().optional(),
});
const settingsSchema = inboxSettingsSchema.partial();

export const inboxDocs: RouteDoc[] = [
  { method: 'get', path: '/api/inbox/clock', summary: "The server's clock (manual in test mode)", tag: 'inbox' },
  {
    method: 'get',
    path: '/api/inbox/conversations',
    summary:
      'Conversations, newest activity first (?status=open|closed|all, ?unread=1, ?assignee=me|unassigned|team&team=, ?bot=running|paused|handedOff|idle, ?window=open|closed, ?q=, ?cursor=, ?limit=)',
    tag: 'inbox',
  },
  {
    method: 'get',
    path: '/api/inbox/conversations/:id',
    summary: 'One conversation as the inbox shows it',
    tag: 'inbox',
  },
  {
    method: 'get',
    path: '/api/inbox/conversations/:id/notes',
    summary: 'Internal notes: handoffs, agents’ notes, what happened',
    tag: 'inbox',
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/notes',
    summary: 'Add an internal note (never sent to the customer)',
    tag: 'inbox',
    body: noteSchema,
    status: 201,
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/take-over',
    summary: 'Assign to the caller and pause the bot until handed back',
    tag: 'inbox',
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/hand-back',
    summary: 'Let the bot answer again: resume, or start a chosen flow',
    tag: 'inbox',
    body: handBackSchema,
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/close',
    summary: 'Close: stops the bot session; the next customer message reopens it',
    tag: 'inbox',
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/reopen',
    summary: 'Reopen a closed conversation',
    tag: 'inbox',
  },
  {
    method: 'post',
    path: '/api/inbox/conversations/:id/assign',
    summary: 'Assign to a member and/or a team (null unassigns)',
    tag: 'inbox',
    body: assignSchema,
  },
  { method: 'get', path: '/api/inbox/assignees', summary: 'Members and team names to assign to', tag: 'inbox' },
  {
    method: 'get',
    path: '/api/inbox/settings',
    summary: 'Opt-out/opt-in keywords, confirmations, bot pause after a human reply',
    tag: 'inbox',
  },
  {
    method: 'put',
    path: '/api/inbox/settings',
    summary: 'Change the inbox settings (admin)',
    tag: 'inbox',
    body: settingsSchema,
  },
];

type ConversationRow = Parameters<typeof toInboxConversation>[1];

/** `/api/inbox`: the agents' list and the conversation controls (take over, hand back, close, notes, assignment). */
export function inboxRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();
  const load = (principal: Principal, id: string): ConversationRow => {
    const row = stmt(db, 'SELECT * FROM conversations WHERE id = ? AND workspace_id = ?').get(
      id,
      principal.workspaceId,
    ) as ConversationRow | undefined;
    if (!row) throw apiError(404, 'not_found', `No conversation "${id}" in this workspace`);
    return row;
  };
  const view = (id: string) => {
    const row = stmt(db, 'SELECT * FROM conversations WHERE id = ?').get(id) as ConversationRow;
    // One reading: the windows and bot state are judged at the very \`now\` the answer reports.
    const now = clock.now();
    return { ...toInboxConversation(db, row, now), now };
  };
  /** Runs a change to one conversation in a transaction, with a system note and the SSE event. */
  const change = (
    principal: Principal,
    id: string,
    note: string | null,
    fn: (scope: NonNullable<ReturnType<typeof loadScope>>) => void,
  ) => {
    services.transact(() => {
      const scope = loadScope(services, id);
      if (!scope) throw apiError(404, 'not_found', 'The conversation has no channel or contact any more');
      fn(scope);
      saveConversation(db, scope.conversation);
      const now = clock.now();
      if (note)
        addNote(db, {
          workspaceId: principal.workspaceId,
          conversationId: id,
          kind: 'system',
          author: principal.name,
          text: note,
          now,
        });
      services.bus.record(principal.workspaceId, 'conversation.updated', { id }, now);
    });
    return view(id);
  };

  app.get('/clock', (c) => c.json({ now: clock.now(), manual: isManualClock(clock) }));

  app.get('/conversations', async (c) => {
    const parsed = inboxQuerySchema.safeParse(c.req.query());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw apiError(400, 'invalid_query', `${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
    }
    const principal = c.get('principal');
    return c.json(
      await listInbox(db, services.reader, {
        workspaceId: principal.workspaceId,
        memberId: principal.memberId,
        now: clock.now(),
        query: parsed.data,
      }),
    );
  });

  app.get('/conversations/:id', (c) => {
    const row = load(c.get('principal'), c.req.param('id'));
    return c.json(view(row.id));
  });

  app.get('/conversations/:id/notes', (c) => {
    const row = load(c.get('principal'), c.req.param('id'));
    return c.json(listNotes(db, row.id));
  });

  app.post('/conversations/:id/notes', async (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    const body = await readBody(c, noteSchema);
    const note = services.transact(() => {
      const now = clock.now();
      const added = addNote(db, {
        workspaceId: principal.workspaceId,
        conversationId: row.id,
        kind: 'note',
        author: principal.name,
        text: body.text,
        now,
      });
      services.bus.record(principal.workspaceId, 'conversation.updated', { id: row.id, note: added.id }, now);
      return added;
    });
    return c.json(note, 201);
  });

  app.post('/conversations/:id/take-over', (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    return c.json(
      change(principal, row.id, `${principal.name} took over: the bot is paused until handed back`, (scope) => {
        scope.conversation.assignedAgent = principal.memberId;
        scope.conversation.botPausedUntil = PAUSED_UNTIL_RESUMED;
        stmt(db, 'UPDATE conversations SET closed_at = NULL, closed_by = NULL WHERE id = ?').run(row.id);
      }),
    );
  });

  app.post('/conversations/:id/hand-back', async (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    const body = await readBody(c, handBackSchema);
    const published = body.flowId ? services.flows.publishedFlow(principal.workspaceId, body.flowId) : null;
    if (body.flowId && !published) throw apiError(404, 'not_found', `Flow "${body.flowId}" has no published version`);
    const event = { type: 'api' as const, ...(body.variables ? { variables: body.variables } : {}) };
    const trigger = published
      ? (engine.matchTrigger(published.flow.graph, event, { isNewContact: false }) ??
        firstTrigger(published.flow.graph))
      : null;
    if (published && !trigger) throw apiError(409, 'no_trigger', `Flow "${body.flowId}" has no step to start from`);
    const note = published
      ? `${principal.name} handed back to the bot: started ${published.flowId} v${published.version}`
      : `${principal.name} handed back to the bot`;
    return c.json(
      change(principal, row.id, note, (scope) => {
        scope.conversation.botPausedUntil = null;
        if (!published || !trigger) return;
        const active = getActiveSession(db, row.id);
        if (active) stopBotSession(services, scope, active, principal.name);
        startBotSession(services, scope, published, trigger, event);
      }),
    );
  });

  app.post('/conversations/:id/close', (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    return c.json(
      change(principal, row.id, `${principal.name} closed the conversation`, (scope) => {
        const active = getActiveSession(db, row.id);
        if (active) stopBotSession(services, scope, active, principal.name);
        scope.conversation.botPausedUntil = null;
        scope.conversation.unread = 0;
        stmt(db, 'UPDATE conversations SET closed_at = ?, closed_by = ? WHERE id = ?').run(
          clock.now(),
          principal.name,
          row.id,
        );
      }),
    );
  });

  app.post('/conversations/:id/reopen', (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    return c.json(
      change(principal, row.id, `${principal.name} reopened the conversation`, () => {
        stmt(db, 'UPDATE conversations SET closed_at = NULL, closed_by = NULL WHERE id = ?').run(row.id);
      }),
    );
  });

  app.post('/conversations/:id/assign', async (c) => {
    const principal = c.get('principal');
    const row = load(principal, c.req.param('id'));
    const body = await readBody(c, assignSchema);
    const agent = body.agentId
      ? (stmt(db, 'SELECT id, name FROM members WHERE id = ? AND workspace_id = ?').get(
          body.agentId,
          principal.workspaceId,
        ) as { id: string; name: string } | undefined)
      : null;
    if (body.agentId && !agent) throw apiError(400, 'invalid_body', 'agentId: no such member in this workspace');
    const parts = [
      body.agentId !== undefined ? (agent ? `to ${agent.name}` : 'from its agent') : null,
      body.team !== undefined ? (body.team ? `to team ${body.team}` : 'from its team') : null,
    ].filter(Boolean);
    const note = parts.length
      ? `${principal.name} ${agent || body.team ? 'assigned' : 'unassigned'} it ${parts.join(' and ')}`
      : null;
    return c.json(
      change(principal, row.id, note, (scope) => {
        if (body.agentId !== undefined) scope.conversation.assignedAgent = agent?.id ?? null;
        if (body.team !== undefined) scope.conversation.assignedTeam = body.team;
      }),
    );
  });

  app.get('/assignees', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const members = stmt(
      db,
      'SELECT id, name, role, team_id AS teamId FROM members WHERE workspace_id = ? ORDER BY name',
    ).all(workspaceId);
    const teams = stmt(
      db,
      `SELECT name FROM teams WHERE workspace_id = @ws UNION
       SELECT DISTINCT assigned_team FROM conversations WHERE workspace_id = @ws AND assigned_team IS NOT NULL
       ORDER BY 1`,
    )
      .pluck()
      .all({ ws: workspaceId }) as string[];
    return c.json({ members, teams });
  });

  app.get('/settings', (c) => c.json(getInboxSettings(db, c.get('principal').workspaceId)));

  app.put('/settings', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, settingsSchema);
    return c.json(services.transact(() => saveInboxSettings(db, workspaceId, body, clock.now())));
  });

  return app;
}

/** A flow without an API trigger starts where its first connected trigger starts (as a goToFlow would). */
function firstTrigger(graph: engine.CompiledFlow['graph']): engine.Trigger | null {
  const nodeId = graph.triggers.find((trigger) => trigger.nodeId)?.nodeId;
  return nodeId ? { id: 'handBack', type: 'api', nodeId } : null;
}
