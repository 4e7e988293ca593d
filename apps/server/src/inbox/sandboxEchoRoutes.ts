import { randomUUID } from 'node:crypto';
import { buildEchoWebhook, parseWebhook } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { z } from 'zod';
import type { RouteDoc } from '../api/routeDoc.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';

const echoSchema = z.object({
  /** The customer the team wrote to from the phone. */
  to: z.string().regex(/^\d{6,15}$/, 'a WhatsApp id: 6 to 15 digits, no "+"'),
  text: z.string().min(1).max(4096),
});

export const sandboxEchoDocs: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/sandbox/echo',
    summary:
      'Feed a coexistence echo (a message sent from the WhatsApp Business app on the phone) to the sandbox channel',
    tag: 'sandbox',
    body: echoSchema,
  },
];

/**
 * `POST /api/sandbox/echo`: what the WhatsApp Business app on the team's phone would report through coexistence,
 * built as a real `smb_message_echoes` webhook body and fed through the same parsing and group commit as Meta's.
 */
export function sandboxEchoRoutes(services: Services, committer: GroupCommitter): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/echo', async (c) => {
    const channel = services.channels.sandboxOf(c.get('principal').workspaceId);
    if (!channel) throw apiError(409, 'no_sandbox', 'This workspace has no sandbox channel');
    const body = await readBody(c, echoSchema);
    const wamid = `wamid.sandbox.echo.${randomUUID()}`;
    const webhook = buildEchoWebhook({
      phoneNumberId: channel.phoneNumberId,
      ...(channel.wabaId ? { wabaId: channel.wabaId } : {}),
      ...(channel.displayPhoneNumber ? { displayPhoneNumber: channel.displayPhoneNumber } : {}),
      to: body.to,
      id: wamid,
      timestamp: services.clock.now(),
      content: { type: 'text', text: body.text },
    });
    const parsed = parseWebhook(webhook);
    if (!parsed.ok) throw apiError(400, 'invalid_message', `${parsed.path}: ${parsed.error}`);
    const result = await committer.submit({ events: parsed.events });
    if (!result.ok) throw apiError(500, 'not_applied', 'The echo could not be applied');
    const conversationId = stmt(
      services.db,
      `SELECT v.id FROM conversations v JOIN contacts ct ON ct.id = v.contact_id WHERE v.channel_id = ? AND ct.wa_id = ?`,
    )
      .pluck()
      .get(channel.id, body.to) as string | undefined;
    return c.json({ wamid, conversationId: conversationId ?? null });
  });
  return app;
}
