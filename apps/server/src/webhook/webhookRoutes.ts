import { Hono } from 'hono';
import { apiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';
import { checkDelivery, NOT_APPLIED, tooLargeBody } from './checkDelivery.ts';
import { commitDelivery } from './commitDelivery.ts';

/**
 * `GET /webhooks/whatsapp`: Meta's verification handshake. `POST`: a delivery — signature over the raw bytes
 * (401), size (413), JSON and shape (400 with the reason), then every event committed (group commit) before the
 * 200. A processing failure answers 500 so Meta retries; deduplication makes the retry safe.
 */
export function webhookRoutes(services: Services, committer: GroupCommitter): Hono {
  const app = new Hono();
  const { config, logger } = services;

  app.get('/', (c) => {
    const mode = c.req.query('hub.mode');
    const token = c.req.query('hub.verify_token');
    const challenge = c.req.query('hub.challenge') ?? '';
    const tokens = [
      config.whatsapp.verifyToken,
      ...services.channels.all().map((channel) => channel.verifyToken),
    ].filter((value): value is string => Boolean(value));
    if (mode === 'subscribe' && token && tokens.includes(token)) return c.text(challenge, 200);
    return c.text('Forbidden', 403);
  });

  app.post(
    '/',
    limitBody(config.webhook.maxBodyBytes, (c) => c.json(tooLargeBody(config.webhook.maxBodyBytes), 413)),
    async (c) => {
      const raw = Buffer.from(await c.req.arrayBuffer());
      const check = checkDelivery(raw, c.req.header('x-hub-signature-256'), services.signing);
      if (!check.ok) throw apiError(check.status, check.code, check.message, check.details);
      if (!(await commitDelivery(committer, logger, check.events))) return c.json(NOT_APPLIED, 500);
      return c.json({ ok: true, events: check.events.length });
    },
  );

  return app;
}
