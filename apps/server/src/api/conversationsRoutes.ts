import { matchTrigger } from '@salesbot/engine';
import { applyConversationEvent, checkSend, getWindowState, type PolicyMessage } from '@salesbot/policy';
import { messageKindOf, type OutboundMessage } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { z } from 'zod';
import { loadScope } from '../bot/loadScope.ts';
import { sessionSummary, startBotSession, stopBotSession } from '../bot/runSession.ts';
import { newId } from '../db/ids.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery, readBody } from '../http/readBody.ts';
import { pauseForHumanReply } from '../ingest/applyEcho.ts';
import type { Services } from '../services.ts';
import { type Conversation, saveConversation, toConversation } from '../store/conversations.ts';
import { insertOutboundMessage, listMessages, toMessage } from '../store/messages.ts';
import { enqueueSend } from '../store/outbox.ts';
import { getActiveSession } from '../store/sessions.ts';
import { listTemplates } from '../store/templates.ts';
import type { RouteDoc } from './routeDoc.ts';

const sendSchema = z
  .object({
    text: z.string().min(1).max(4096).optional(),
    previewUrl: z.boolean().optional(),
    template: z
      .object({
        name: z.string().min(1),
        language: z.string().min(2),
        components: z.array(z.looseObject({})).optional(),
      })
      .optional(),
    /** Any Cloud API message body (`type` and its object), e.g. media. */
    message: z
      .looseObject({
        type: z.enum(['text', 'image', 'video', 'audio', 'document', 'sticker', 'interactive', 'template']),
      })
      .optional(),
    /** The wamid to quote. */
    replyTo: z.string().optional(),
  })
  .refine((body) => [body.text, body.template, body.message].filter((part) => part !== undefined).length === 1, {
    message: 'give exactly one of text, template or message',
  });
const assignSchema = z.object({ team: z.string().nullable().optional(), agent: z.string().nullable().optional() });
const startFlowSchema = z.object({ flowId: z.string().min(1), variables: z.record(z.string(), z.string()).optional() });

export const conversationsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/conversations',
    summary: 'Conversations with their window state, newest first',
    tag: 'conversations',
  },
  {
    method: 'get',
    path: '/api/conversations/:id',
    summary: 'A conversation with contact, window and active session',
    tag: 'conversations',
  },
  {
    method: 'get',
    path: '/api/conversations/:id/messages',
    summary: 'Messages, oldest first (?before=<id>&limit=)',
    tag: 'conversations',
  },
  {
    method: 'post',
    path: '/api/conversations/:id/messages',
    summary: 'Send a message as an agent (checked by the policy; 422 with its reason when refused); pauses the bot',
    tag: 'conversations',
    body: sendSchema,
    status: 201,
  },
  { method: 'post', path: '/api/conversations/:id/read', summary: 'Mark read', tag: 'conversations' },
  {
    method: 'post',
    path: '/api/conversations/:id/assign',
    summary: 'Assign to a team or agent',
    tag: 'conversations',
    body: assignSchema,
  },
  {
    method: 'post',
    path: '/api/conversations/:id/resume-bot',
    summary: 'Let the bot answer again (ends a pause or handoff)',
    tag: 'conversations',
  },
  {
    method: 'post',
    path: '/api/conversations/:id/start-flow',
    summary: "Start a flow's published version here (its API trigger)",
    tag: 'conversations',
    body: startFlowSchema,
  },
];

/** Conversations: the inbox's list, history, manual sends through the policy, assignment and bot control. */
export function conversationsRoutes(services: Services): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();
  const load = (workspaceId: string, id: string): Conversation => {
    const row = stmt(db, 'SELECT * FROM conversations WHERE id = ? AND workspace_id = ?').get(id, workspaceId);
    if (!row) throw apiError(404, 'not_found', `No conversation "${id}" in this workspace`);
    return toConversation(row as Parameters<typeof toConversation>[0]);
  };
  const describe = (conversation: Conversation) => {
    const contact = stmt(db, 'SELECT id, wa_id, name, tags FROM contacts WHERE id = ?').get(conversation.contactId) as {
      id: string;
      wa_id: string;
      name: string | null;
      tags: string;
    };
    const session = getActiveSession(db, conversation.id);
    const last = stmt(db, 'SELECT * FROM messages WHERE conversation_id = ? ORDER BY id DESC LIMIT 1').get(
      conversation.id,
    );
    const now = clock.now();
    return {
      id: conversation.id,
      channelId: conversation.channelId,
      contact: { id: contact.id, waId: contact.wa_id, name: contact.name, tags: JSON.parse(contact.tags) as string[] },
      lastActivityAt: conversation.lastActivityAt,
      unread: conversation.unread,
      assignedTeam: conversation.assignedTeam,
      assignedAgent: conversation.assignedAgent,
      botPausedUntil: conversation.botPausedUntil,
      botPaused: conversation.botPausedUntil !== null && conversation.botPausedUntil > now,
      facts: conversation.facts,
      window: getWindowState(conversation.facts, now),
      activeSession: session ? sessionSummary(session) : null,
      lastMessage: last ? toMessage(last as Parameters<typeof toMessage>[0]) : null,
    };
  };
  const changed = (conversation: Conversation) => {
    saveConversation(db, conversation);
    services.bus.record(conversation.workspaceId, 'conversation.updated', { id: conversation.id }, clock.now());
  };

  app.get('/', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const rows = stmt(
      db,
      `SELECT * FROM conversations WHERE workspace_id = ? AND last_activity_at < ?
       ORDER BY last_activity_at DESC, id LIMIT ?`,
    ).all(
      workspaceId,
      intQuery(c, 'before', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
      intQuery(c, 'limit', 50, 500),
    );
    return c.json((rows as Parameters<typeof toConversation>[0][]).map((row) => describe(toConversation(row))));
  });

  app.get('/:id', (c) => c.json(describe(load(c.get('principal').workspaceId, c.req.param('id')))));

  app.get('/:id/messages', (c) => {
    const conversation = load(c.get('principal').workspaceId, c.req.param('id'));
    const before = intQuery(c, 'before', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
    return c.json(listMessages(db, conversation.id, { before, limit: intQuery(c, 'limit', 100, 1000) }));
  });

  app.post('/:id/messages', async (c) => {
    const principal = c.get('principal');
    const conversation = load(principal.workspaceId, c.req.param('id'));
    const body = await readBody(c, sendSchema);
    const scope = loadScope(services, conversation.id);
    if (!scope) throw apiError(404, 'not_found', 'The conversation has no channel or contact any more');
    const message: OutboundMessage = body.text
      ? { type: 'text', text: { body: body.text, ...(body.previewUrl ? { preview_url: true } : {}) } }
      : body.template
        ? {
            type: 'template',
            template: {
              name: body.template.name,
              language: { code: body.template.language },
              ...(body.template.components ? { components: body.template.components as never } : {}),
            },
          }
        : (body.message as unknown as OutboundMessage);
    const policyMessage: PolicyMessage = { kind: messageKindOf(message) };
    if (message.type === 'template') {
      const template = listTemplates(db, principal.workspaceId).find(
        (candidate) =>
          candidate.name === message.template.name && candidate.language === message.template.language.code,
      );
      if (!template) {
        throw apiError(
          422,
          'templateMissing',
          `No template "${message.template.name}" (${message.template.language.code}) in this workspace`,
        );
      }
      policyMessage.template = {
        category: template.category.toLowerCase() as 'utility' | 'marketing' | 'authentication',
        status: template.status as 'APPROVED',
        kind: template.kind,
      };
    }
    const now = clock.now();
    const check = checkSend({
      facts: scope.conversation.facts,
      message: policyMessage,
      context: 'manual',
      channel: { businessVerified: scope.channel.businessVerified },
      contact: { optIn: scope.contact.optIn, marketingOptOut: scope.contact.marketingOptOut },
      now,
    });
    if (!check.allowed) throw apiError(422, check.code, check.reason, { window: check.window });
    const stored = services.transact(() => {
      const outboxId = newId('ob');
      enqueueSend(db, {
        id: outboxId,
        workspaceId: principal.workspaceId,
        channelId: scope.channel.id,
        conversationId: conversation.id,
        sessionId: null,
        toWaId: scope.contact.waId,
        payload: { message, ...(body.replyTo ? { replyTo: body.replyTo } : {}) },
        now,
      });
      const id = insertOutboundMessage(db, {
        workspaceId: principal.workspaceId,
        conversationId: conversation.id,
        sender: 'agent',
        type: message.type,
        content: { message, reason: check.reason, agent: principal.name },
        outboxId,
        status: 'queued',
        price: check.price,
        now,
      });
      const fresh = scope.conversation;
      fresh.facts = applyConversationEvent(fresh.facts, { type: 'businessMessage', at: now });
      fresh.lastActivityAt = now;
      fresh.unread = 0;
      pauseForHumanReply(services, fresh, now);
      changed(fresh);
      services.bus.record(
        principal.workspaceId,
        'message.out',
        { id, conversationId: conversation.id, sender: 'agent', message },
        now,
      );
      return stmt(db, 'SELECT * FROM messages WHERE id = ?').get(id);
    });
    return c.json(toMessage(stored as Parameters<typeof toMessage>[0]), 201);
  });

  app.post('/:id/read', (c) => {
    const conversation = load(c.get('principal').workspaceId, c.req.param('id'));
    conversation.unread = 0;
    services.transact(() => changed(conversation));
    return c.json(describe(conversation));
  });

  app.post('/:id/assign', async (c) => {
    const conversation = load(c.get('principal').workspaceId, c.req.param('id'));
    const body = await readBody(c, assignSchema);
    if (body.team !== undefined) conversation.assignedTeam = body.team;
    if (body.agent !== undefined) conversation.assignedAgent = body.agent;
    services.transact(() => changed(conversation));
    return c.json(describe(conversation));
  });

  app.post('/:id/resume-bot', (c) => {
    const conversation = load(c.get('principal').workspaceId, c.req.param('id'));
    conversation.botPausedUntil = null;
    services.transact(() => changed(conversation));
    return c.json(describe(conversation));
  });

  app.post('/:id/start-flow', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const conversation = load(workspaceId, c.req.param('id'));
    const body = await readBody(c, startFlowSchema);
    const published = services.flows.publishedFlow(workspaceId, body.flowId);
    if (!published) throw apiError(404, 'not_found', `Flow "${body.flowId}" has no published version`);
    const event = { type: 'api' as const, ...(body.variables ? { variables: body.variables } : {}) };
    const trigger = matchTrigger(published.flow.graph, event, { isNewContact: false });
    if (!trigger) throw apiError(409, 'no_api_trigger', `Flow "${body.flowId}" has no API trigger`);
    const session = services.transact(() => {
      const scope = loadScope(services, conversation.id);
      if (!scope) throw apiError(404, 'not_found', 'The conversation has no channel or contact any more');
      const active = getActiveSession(db, conversation.id);
      if (active) stopBotSession(services, scope, active, c.get('principal').name);
      return startBotSession(services, scope, published, trigger, event);
    });
    return c.json(sessionSummary(session));
  });

  return app;
}
