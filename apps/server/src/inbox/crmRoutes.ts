import type { Board, ContactHistory } from '@salesbot/api';
import { Hono } from 'hono';
import { describeSession } from '../api/describeSession.ts';
import type { RouteDoc } from '../api/routeDoc.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery } from '../http/readBody.ts';
import type { Services } from '../services.ts';
import { getContact } from '../store/contacts.ts';
import { BOARD_PER_STAGE, contactLeads, stageLeads, stageTotals } from '../store/leads.ts';
import { toMessage } from '../store/messages.ts';
import { getSession } from '../store/sessions.ts';
import { listNotes } from './conversationNotes.ts';
import { toInboxConversation } from './inboxRow.ts';

export const crmDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/crm/board',
    summary:
      'A pipeline as a board (?pipeline=<id>, default the first): stages with their lead count and value and the flows each one starts, and the most recently moved leads of each stage (?perStage=, default 100, at most 500) with their contacts',
    tag: 'crm',
  },
  {
    method: 'get',
    path: '/api/crm/contacts/:id/history',
    summary: "A contact's conversations, bot sessions, notes and latest messages",
    tag: 'crm',
  },
];

/** `/api/crm`: what the pipelines board and the contact card need in one call each. */
export function crmRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  app.get('/board', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const pipelines = stmt(db, 'SELECT id, name FROM pipelines WHERE workspace_id = ? ORDER BY name').all(
      workspaceId,
    ) as { id: string; name: string }[];
    const wanted = c.req.query('pipeline');
    const pipeline = wanted ? pipelines.find((candidate) => candidate.id === wanted) : pipelines[0];
    if (wanted && !pipeline) throw apiError(404, 'not_found', `No pipeline "${wanted}" in this workspace`);
    if (!pipeline) return c.json({ pipelines, pipeline: null, stages: [], leads: [] } satisfies Board);
    const published = services.flows.publishedFlows(workspaceId);
    const names = new Map(
      (
        stmt(db, 'SELECT id, name FROM flows WHERE workspace_id = ?').all(workspaceId) as { id: string; name: string }[]
      ).map((flow) => [flow.id, flow.name]),
    );
    const stages = (
      stmt(db, 'SELECT id, name, position FROM stages WHERE pipeline_id = ? ORDER BY position').all(pipeline.id) as {
        id: string;
        name: string;
        position: number;
      }[]
    ).map((stage) => ({
      ...stage,
      // The published flows a move into this stage starts (when the contact has no bot running).
      flows: published
        .filter((flow) =>
          flow.flow.graph.triggers.some(
            (trigger) =>
              trigger.type === 'stageChanged' && trigger.pipeline === pipeline.name && trigger.stage === stage.name,
          ),
        )
        .map((flow) => ({ id: flow.flowId, name: names.get(flow.flowId) ?? flow.flowId, version: flow.version })),
    }));
    // Each column shows its most recently moved leads, up to `perStage`, with its total: a pipeline of 10,000 leads
    // answered 4 MB in 300 ms, and the browser drew 10,000 cards.
    const perStage = intQuery(c, 'perStage', BOARD_PER_STAGE, 500);
    const shown = stages.flatMap((stage) => stageLeads(db, workspaceId, stage.id, perStage));
    const leads = shown.map((lead) => {
      const contact = getContact(db, lead.contactId);
      const conversation = stmt(
        db,
        'SELECT id, last_activity_at, unread FROM conversations WHERE contact_id = ? ORDER BY last_activity_at DESC LIMIT 1',
      ).get(lead.contactId) as { id: string; last_activity_at: number; unread: number } | undefined;
      return {
        ...lead,
        stageId: stages.find((stage) => stage.name === lead.stage)?.id ?? null,
        contact: contact
          ? { id: contact.id, waId: contact.waId, name: contact.name, tags: contact.tags, optIn: contact.optIn }
          : null,
        conversation: conversation
          ? { id: conversation.id, lastActivityAt: conversation.last_activity_at, unread: conversation.unread }
          : null,
      };
    });
    return c.json({
      pipelines,
      pipeline,
      stages: stages.map((stage) => ({ ...stage, ...stageTotals(db, stage.id) })),
      leads,
    } satisfies Board);
  });

  app.get('/contacts/:id/history', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const contact = getContact(db, c.req.param('id'));
    if (!contact || contact.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No contact "${c.req.param('id')}" in this workspace`);
    const now = clock.now();
    const conversations = (
      stmt(db, 'SELECT * FROM conversations WHERE contact_id = ? ORDER BY last_activity_at DESC').all(
        contact.id,
      ) as Parameters<typeof toInboxConversation>[1][]
    ).map((row) => toInboxConversation(db, row, now));
    const ids = conversations.map((conversation) => conversation.id);
    const sessions = ids.flatMap((id) =>
      (
        stmt(db, 'SELECT id FROM sessions WHERE conversation_id = ? ORDER BY started_at DESC LIMIT 50')
          .pluck()
          .all(id) as string[]
      ).map((sessionId) => describeSession(services, getSession(db, sessionId)!)),
    );
    const messages = ids
      .flatMap((id) =>
        (
          stmt(db, 'SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 30').all(id) as Parameters<
            typeof toMessage
          >[0][]
        ).map(toMessage),
      )
      .sort((a, b) => b.sentAt - a.sentAt)
      .slice(0, 30);
    return c.json({
      contact,
      leads: contactLeads(db, workspaceId, contact.id),
      conversations,
      sessions: sessions.sort((a, b) => b.startedAt - a.startedAt),
      notes: ids.flatMap((id) => listNotes(db, id, 100)).sort((a, b) => b.createdAt - a.createdAt),
      messages,
    } satisfies ContactHistory);
  });

  return app;
}
