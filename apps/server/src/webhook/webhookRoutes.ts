import { parseWebhook } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { apiError } from '../http/apiError.ts';
import { limitBody } from '../http/limitBody.ts';
import type { GroupCommitter } from '../ingest/groupCommit.ts';
import type { Services } from '../services.ts';
import { signingSecrets } from './signingSecrets.ts';
import { verifySignature } from './verifySignature.ts';

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
    limitBody(config.webhook.maxBodyBytes, (c) =>
      c.json(
        { error: { code: 'too_large', message: `The body is larger than ${config.webhook.maxBodyBytes} bytes` } },
        413,
      ),
    ),
    async (c) => {
      const signature = c.req.header('x-hub-signature-256');
      if (!signature) throw apiError(401, 'unsigned', 'X-Hub-Signature-256 is missing');
      const raw = Buffer.from(await c.req.arrayBuffer());
      const global = config.whatsapp.appSecret;
      const signedByApp = global !== undefined && verifySignature(raw, signature, global);

      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch (error) {
        if (!signedByApp) throw apiError(401, 'bad_signature', 'The signature does not match');
        throw apiError(
          400,
          'invalid_json',
          `The body is not JSON: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const parsed = parseWebhook(json);
      if (!parsed.ok) {
        if (!signedByApp) throw apiError(401, 'bad_signature', 'The signature does not match');
        throw apiError(400, 'invalid_payload', `${parsed.path}: ${parsed.error}`, { path: parsed.path });
      }
      if (
        !signedByApp &&
        !signingSecrets(services, parsed.events).some((secret) => verifySignature(raw, signature, secret))
      ) {
        throw apiError(401, 'bad_signature', 'The signature does not match');
      }
      const result = await committer.submit({ events: parsed.events });
      if (!result.ok) {
        logger.error({ err: result.error }, 'webhook delivery not applied');
        return c.json({ error: { code: 'not_applied', message: 'The delivery could not be applied; retry' } }, 500);
      }
      return c.json({ ok: true, events: parsed.events.length });
    },
  );

  return app;
}
