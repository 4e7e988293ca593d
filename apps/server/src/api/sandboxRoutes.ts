import { randomUUID } from 'node:crypto';
import { buildMessageWebhook, type InboundContent, type InboundReferral, parseWebhook } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { z } from 'zod';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery, readBody } from '../http/readBody.ts';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';
import { findContactByWaId } from '../store/contacts.ts';
import { toMessage } from '../store/messages.ts';
import type { RouteDoc } from './routeDoc.ts';

const waId = z.string().regex(/^\d{6,15}$/, 'a WhatsApp id: 6 to 15 digits, no "+"');
const mediaSchema = z.object({
  id: z.string().default(() => `media-${randomUUID()}`),
  mimeType: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});
const inboundSchema = z
  .object({
    from: waId,
    name: z.string().max(200).optional(),
    text: z.string().max(4096).optional(),
    /** A reply-button tap: its id (and title; the id is used when no title is given). */
    button: z.union([z.string(), z.object({ id: z.string(), title: z.string().optional() })]).optional(),
    list: z
      .union([
        z.string(),
        z.object({ id: z.string(), title: z.string().optional(), description: z.string().optional() }),
      ])
      .optional(),
    quickReply: z.union([z.string(), z.object({ payload: z.string(), text: z.string().optional() })]).optional(),
    /** A WhatsApp Flow completion: the answers, and the flow token (defaults to the one the session sent). */
    flow: z
      .object({ answers: z.record(z.string(), z.unknown()).default({}), flowToken: z.string().optional() })
      .optional(),
    location: z
      .object({
        latitude: z.number(),
        longitude: z.number(),
        name: z.string().optional(),
        address: z.string().optional(),
      })
      .optional(),
    image: mediaSchema.optional(),
    video: mediaSchema.optional(),
    audio: mediaSchema.optional(),
    document: mediaSchema.optional(),
    sticker: mediaSchema.optional(),
    referral: z
      .object({
        sourceType: z.enum(['ad', 'post']).default('ad'),
        sourceId: z.string().optional(),
        sourceUrl: z.string().optional(),
        headline: z.string().optional(),
        body: z.string().optional(),
        ctwaClid: z.string().optional(),
      })
      .optional(),
    /** The wamid this message answers. */
    contextId: z.string().optional(),
    /** Reuse a wamid to test deduplication; default: a new one. */
    wamid: z.string().optional(),
  })
  .refine(
    (body) =>
      [
        'text',
        'button',
        'list',
        'quickReply',
        'flow',
        'location',
        'image',
        'video',
        'audio',
        'document',
        'sticker',
      ].some((key) => body[key as keyof typeof body] !== undefined),
    { message: 'give one of text, button, list, quickReply, flow, location or a media object' },
  );

export const sandboxDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/sandbox/inbound',
    summary: "Feed a customer message to the workspace's sandbox channel through the webhook code path",
    tag: 'sandbox',
    body: inboundSchema,
  },
  {
    method: 'get',
    path: '/api/sandbox/messages',
    summary: 'What the sandbox transport sent (?contact=<wa_id>)',
    tag: 'sandbox',
  },
];

/** The sandbox: inbound messages through the real webhook path (builders → parseWebhook → group commit). */
export function sandboxRoutes(services: Services, committer: GroupCommitter): Hono<AppEnv> {
  const { db, clock } = services;
  const app = new Hono<AppEnv>();

  app.post('/inbound', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const channel = services.channels.sandboxOf(workspaceId);
    if (!channel) throw apiError(409, 'no_sandbox', 'This workspace has no sandbox channel');
    const body = await readBody(c, inboundSchema);
    const wamid = body.wamid ?? `wamid.sandbox.in.${randomUUID()}`;
    const webhook = buildMessageWebhook({
      phoneNumberId: channel.phoneNumberId,
      ...(channel.wabaId ? { wabaId: channel.wabaId } : {}),
      ...(channel.displayPhoneNumber ? { displayPhoneNumber: channel.displayPhoneNumber } : {}),
      from: body.from,
      ...(body.name ? { name: body.name } : {}),
      id: wamid,
      timestamp: clock.now(),
      content: toContent(services, workspaceId, body),
      ...(body.referral ? { referral: body.referral as InboundReferral } : {}),
      ...(body.contextId ? { contextId: body.contextId } : {}),
    });
    const parsed = parseWebhook(webhook);
    if (!parsed.ok) throw apiError(400, 'invalid_message', `${parsed.path}: ${parsed.error}`);
    const result = await committer.submit({ events: parsed.events });
    if (!result.ok) throw apiError(500, 'not_applied', 'The message could not be applied');
    const outcome = result.outcomes[0];
    if (outcome?.kind !== 'message') throw apiError(500, 'not_applied', 'The message was not routed');
    const replies = outcome.queued.map((id) => {
      const row = stmt(db, 'SELECT * FROM messages WHERE outbox_id = ?').get(id);
      return row ? toMessage(row as Parameters<typeof toMessage>[0]) : null;
    });
    return c.json({
      wamid,
      duplicate: outcome.duplicate,
      conversationId: outcome.conversationId,
      contactId: outcome.contactId,
      sessionId: outcome.sessionId,
      replies: replies.filter((reply) => reply !== null),
    });
  });

  app.get('/messages', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const channel = services.channels.sandboxOf(workspaceId);
    if (!channel) throw apiError(409, 'no_sandbox', 'This workspace has no sandbox channel');
    const contactWaId = c.req.query('contact');
    const contact = contactWaId ? findContactByWaId(db, workspaceId, contactWaId) : null;
    if (contactWaId && !contact) return c.json([]);
    const rows = stmt(
      db,
      `SELECT m.* FROM messages m JOIN conversations v ON v.id = m.conversation_id
       WHERE v.channel_id = ? AND m.direction = 'out' AND (? IS NULL OR v.contact_id = ?)
       ORDER BY m.id DESC LIMIT ?`,
    ).all(channel.id, contact?.id ?? null, contact?.id ?? null, intQuery(c, 'limit', 100)) as Parameters<
      typeof toMessage
    >[0][];
    return c.json(rows.reverse().map(toMessage));
  });

  return app;
}

function toContent(services: Services, workspaceId: string, body: z.infer<typeof inboundSchema>): InboundContent {
  if (body.button !== undefined) {
    const button = typeof body.button === 'string' ? { id: body.button } : body.button;
    return {
      type: 'buttonReply',
      id: button.id,
      title: button.title ?? lookUpTitle(services, workspaceId, body.from, button.id),
    };
  }
  if (body.list !== undefined) {
    const row = typeof body.list === 'string' ? { id: body.list } : body.list;
    return {
      type: 'listReply',
      id: row.id,
      title: row.title ?? lookUpTitle(services, workspaceId, body.from, row.id),
      ...(row.description ? { description: row.description } : {}),
    };
  }
  if (body.quickReply !== undefined) {
    const reply = typeof body.quickReply === 'string' ? { payload: body.quickReply } : body.quickReply;
    return {
      type: 'quickReply',
      payload: reply.payload,
      text: reply.text ?? lookUpTitle(services, workspaceId, body.from, reply.payload),
    };
  }
  if (body.flow !== undefined) {
    return {
      type: 'flowReply',
      flowToken: body.flow.flowToken ?? lastFlowToken(services, workspaceId, body.from),
      answers: body.flow.answers,
    };
  }
  if (body.location !== undefined) return { type: 'location', ...body.location };
  for (const mediaType of ['image', 'video', 'audio', 'document', 'sticker'] as const) {
    const media = body[mediaType];
    if (media) return { type: 'media', mediaType, ...media };
  }
  return { type: 'text', text: body.text ?? '' };
}

/** The last messages the bot sent this contact, newest first (to find a tapped button's title, a flow token). */
function lastSent(services: Services, workspaceId: string, from: string): unknown[] {
  const contact = findContactByWaId(services.db, workspaceId, from);
  if (!contact) return [];
  return (
    stmt(
      services.db,
      `SELECT m.content FROM messages m JOIN conversations v ON v.id = m.conversation_id
       WHERE v.contact_id = ? AND m.direction = 'out' ORDER BY m.id DESC LIMIT 20`,
    )
      .pluck()
      .all(contact.id) as string[]
  ).map((text) => JSON.parse(text) as unknown);
}

/** The title of the button, row or quick reply with this id in what the bot last sent; the id when not found. */
function lookUpTitle(services: Services, workspaceId: string, from: string, id: string): string {
  for (const message of lastSent(services, workspaceId, from)) {
    const found = findTitle(message, id);
    if (found) return found;
  }
  return id;
}

function findTitle(value: unknown, id: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (record.id === id && typeof record.title === 'string') return record.title;
  // A template's display lists quick replies as { type: 'quickReply', id, text }.
  if (record.id === id && typeof record.text === 'string') return record.text;
  for (const child of Object.values(record)) {
    const found = Array.isArray(child) ? child.map((item) => findTitle(item, id)).find(Boolean) : findTitle(child, id);
    if (found) return found;
  }
  return null;
}

function lastFlowToken(services: Services, workspaceId: string, from: string): string | null {
  for (const message of lastSent(services, workspaceId, from)) {
    const token = findFlowToken(message);
    if (token) return token;
  }
  return null;
}

function findFlowToken(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  if (typeof record.flow_token === 'string') return record.flow_token;
  for (const child of Object.values(record)) {
    const found = Array.isArray(child) ? child.map(findFlowToken).find(Boolean) : findFlowToken(child);
    if (found) return found;
  }
  return null;
}
