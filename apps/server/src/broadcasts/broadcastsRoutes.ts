import { EMPTY_FACTS, isValidTimeZone, utcToZonedTime, zonedTimeToUtc } from '@salesbot/policy';
import { Hono } from 'hono';
import type { z } from 'zod';
import { newId } from '../db/ids.ts';
import { stmt } from '../db/stmt.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { intQuery, readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import { getContact } from '../store/contacts.ts';
import { audienceChunk, countAudience } from './audienceQuery.ts';
import { cancelSending, pauseSending, resumeSending, scheduleSending, startSending } from './broadcastLifecycle.ts';
import { broadcastListsRoutes } from './broadcastListsRoutes.ts';
import { broadcastCounts, broadcastTimeline, recipientsPage } from './broadcastResults.ts';
import {
  audienceQuerySchema,
  createSchema,
  estimateSchema,
  previewSchema,
  scheduleSchema,
  settingsSchema,
  updateSchema,
  type whenSchema,
} from './broadcastSchemas.ts';
import { getBroadcast, insertBroadcast, listBroadcasts, saveBroadcast } from './broadcastStore.ts';
import { classifyRecipient } from './classifyRecipient.ts';
import { estimateBroadcast } from './estimateBroadcast.ts';
import { getMessagingLimit, MESSAGING_TIERS, reachedLast24h, setMessagingLimit } from './messagingLimit.ts';
import { recipientsCsv } from './recipientsCsv.ts';
import { renderForContact } from './renderForContact.ts';
import { resolveMessage } from './resolveMessage.ts';
import type { Audience, Broadcast, SendMode } from './types.ts';

/**
 * `/api/broadcasts`: choose an audience (tags, stage, fields, an uploaded list), a template with its parameters,
 * preview and estimate, then send now or at a time in a time zone; pause, resume, cancel; results, recipients and
 * their CSV. Sending itself is the runner's (`BroadcastRunner`) through the outbox.
 */
export function broadcastsRoutes(services: Services): Hono<AppEnv> {
  const { db } = services;
  const app = new Hono<AppEnv>();

  const channelFor = (workspaceId: string, channelId: string | undefined): Channel => {
    const channels = services.channels.list(workspaceId);
    const channel = channelId
      ? channels.find((candidate) => candidate.id === channelId)
      : (channels.find((candidate) => !candidate.sandbox) ?? channels[0]);
    if (!channel)
      throw apiError(
        channelId ? 404 : 409,
        channelId ? 'not_found' : 'no_channel',
        'No such WhatsApp number in this workspace',
      );
    return channel;
  };
  const messageFor = (workspaceId: string, channel: Channel, message: unknown, sendMode: SendMode) => {
    const resolved = resolveMessage(services, { workspaceId, channel, message, sendMode });
    if (!resolved.ok) throw apiError(resolved.problem.status, resolved.problem.code, resolved.problem.message);
    return resolved;
  };
  const load = (workspaceId: string, id: string): Broadcast => {
    const broadcast = getBroadcast(db, id);
    if (!broadcast || broadcast.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No broadcast "${id}" in this workspace`);
    return broadcast;
  };
  const requireStatus = (broadcast: Broadcast, allowed: Broadcast['status'][], action: string) => {
    if (!allowed.includes(broadcast.status))
      throw apiError(409, 'wrong_status', `A ${broadcast.status} broadcast cannot be ${action}.`, {
        status: broadcast.status,
      });
  };
  const estimateOf = (broadcast: Broadcast) => {
    const channel = channelFor(broadcast.workspaceId, broadcast.channelId);
    const resolved = messageFor(broadcast.workspaceId, channel, broadcast.message, broadcast.sendMode);
    return estimateBroadcast(services, {
      workspaceId: broadcast.workspaceId,
      channel,
      audience: broadcast.audience,
      message: resolved.message,
      template: resolved.template,
    });
  };
  const describe = (broadcast: Broadcast) => {
    const channel = services.channels.get(broadcast.channelId);
    return {
      ...broadcast,
      planCursor: undefined,
      channel: channel && {
        id: channel.id,
        name: channel.name,
        displayPhoneNumber: channel.displayPhoneNumber,
        sandbox: channel.sandbox,
        coexistence: channel.coexistence,
        stoppedReason: channel.stoppedReason,
      },
      scheduledLocal:
        broadcast.scheduledAt !== null && broadcast.timeZone
          ? utcToZonedTime(broadcast.scheduledAt, broadcast.timeZone)
          : null,
      counts: broadcastCounts(db, broadcast.id),
    };
  };
  // The plan is made when sending starts (every recipient planned, then summarised); a scheduled broadcast shows
  // the estimate made when it was scheduled until then.
  const applyWhen = async (broadcast: Broadcast, when: z.infer<typeof whenSchema>) => {
    if (when.mode === 'draft') return;
    if (when.mode === 'now') {
      services.transact(() => startSending(services, broadcast, null));
      return;
    }
    const at = scheduledInstant(when.localTime, when.timeZone, services.clock.now());
    const estimate = await estimateOf(broadcast);
    services.transact(() => scheduleSending(services, broadcast, at, when.timeZone, estimate));
  };

  app.route('/lists', broadcastListsRoutes(services));

  app.get('/settings', (c) => c.json(broadcastSettings(services, c.get('principal').workspaceId)));
  app.put('/settings', requireAdmin, async (c) => {
    const body = await readBody(c, settingsSchema);
    const workspaceId = c.get('principal').workspaceId;
    services.transact(() => setMessagingLimit(db, workspaceId, body.messagingLimit));
    return c.json(broadcastSettings(services, workspaceId));
  });

  app.post('/audience', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const { audience } = await readBody(c, audienceQuerySchema);
    const channel = channelFor(workspaceId, undefined);
    const sample = audienceChunk(db, { workspaceId, channelId: channel.id, audience, after: null, limit: 10 });
    return c.json({
      count: countAudience(db, workspaceId, audience),
      sample: sample.map((contact) => ({
        id: contact.id,
        waId: contact.waId,
        name: contact.name,
        optIn: contact.optIn,
      })),
    });
  });

  app.post('/estimate', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, estimateSchema);
    const channel = channelFor(workspaceId, body.channelId);
    const resolved = messageFor(workspaceId, channel, body.message, body.sendMode);
    return c.json(
      await estimateBroadcast(services, {
        workspaceId,
        channel,
        audience: body.audience,
        message: resolved.message,
        template: resolved.template,
      }),
    );
  });

  app.post('/preview', async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, previewSchema);
    const channel = channelFor(workspaceId, body.channelId);
    const resolved = messageFor(workspaceId, channel, body.message, 'cloud');
    const contactId =
      body.contactId ??
      (body.audience
        ? audienceChunk(db, { workspaceId, channelId: channel.id, audience: body.audience, after: null, limit: 1 })[0]
            ?.id
        : undefined);
    const contact = contactId ? getContact(db, contactId) : null;
    if (body.contactId && contact?.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No contact "${body.contactId}" in this workspace`);
    const rendered = renderForContact(
      resolved.message,
      contact ?? { waId: '15550000000', name: null, fields: {} },
      'preview',
    );
    const decision = contact
      ? classifyRecipient(contact, conversationFacts(channel.id, contact.id) ?? EMPTY_FACTS, {
          message: resolved.message,
          template: resolved.template,
          businessVerified: channel.businessVerified,
          now: services.clock.now(),
        })
      : null;
    return c.json({
      contact: contact ? { id: contact.id, waId: contact.waId, name: contact.name } : null,
      message: rendered.message,
      display: rendered.display,
      decision,
    });
  });

  app.get('/', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    return c.json(listBroadcasts(db, workspaceId, intQuery(c, 'limit', 100, 500)).map(describe));
  });

  app.post('/', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, createSchema);
    const channel = channelFor(workspaceId, body.channelId);
    const resolved = messageFor(workspaceId, channel, body.message, body.sendMode);
    checkAudience(db, workspaceId, body.audience);
    if (body.when.mode === 'scheduled') scheduledInstant(body.when.localTime, body.when.timeZone, services.clock.now());
    const now = services.clock.now();
    const broadcast: Broadcast = {
      id: newId('bc'),
      workspaceId,
      channelId: channel.id,
      name: body.name,
      audience: body.audience,
      message: resolved.message,
      template: {
        name: resolved.template.name,
        language: resolved.template.language,
        category: resolved.template.category,
        kind: resolved.template.kind,
      },
      sendMode: body.sendMode,
      status: 'draft',
      statusReason: null,
      scheduledAt: null,
      timeZone: null,
      planCursor: null,
      planSeq: 0,
      plannedAt: null,
      plan: null,
      waitingUntil: null,
      startedAt: null,
      completedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    services.transact(() => insertBroadcast(db, broadcast));
    await applyWhen(broadcast, body.when);
    return c.json(describe(broadcast), 201);
  });

  app.get('/:id', (c) => c.json(describe(load(c.get('principal').workspaceId, c.req.param('id')))));

  app.patch('/:id', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const broadcast = load(workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['draft', 'scheduled'], 'changed');
    const body = await readBody(c, updateSchema);
    if (body.name !== undefined) broadcast.name = body.name;
    if (body.audience) {
      checkAudience(db, workspaceId, body.audience);
      broadcast.audience = body.audience;
    }
    if (body.sendMode) broadcast.sendMode = body.sendMode;
    const channel = channelFor(workspaceId, body.channelId ?? broadcast.channelId);
    broadcast.channelId = channel.id;
    const resolved = messageFor(workspaceId, channel, body.message ?? broadcast.message, broadcast.sendMode);
    broadcast.message = resolved.message;
    broadcast.template = {
      name: resolved.template.name,
      language: resolved.template.language,
      category: resolved.template.category,
      kind: resolved.template.kind,
    };
    broadcast.updatedAt = services.clock.now();
    services.transact(() => saveBroadcast(db, broadcast));
    return c.json(describe(broadcast));
  });

  app.delete('/:id', requireAdmin, (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['draft', 'scheduled', 'completed', 'cancelled'], 'deleted');
    services.transact(() => stmt(db, 'DELETE FROM broadcasts WHERE id = ?').run(broadcast.id));
    return c.json({ deleted: broadcast.id });
  });

  app.get('/:id/estimate', async (c) =>
    c.json(await estimateOf(load(c.get('principal').workspaceId, c.req.param('id')))),
  );

  app.post('/:id/start', requireAdmin, async (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['draft', 'scheduled'], 'started');
    await applyWhen(broadcast, { mode: 'now' });
    return c.json(describe(broadcast));
  });

  app.post('/:id/schedule', requireAdmin, async (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['draft', 'scheduled'], 'scheduled');
    const body = await readBody(c, scheduleSchema);
    await applyWhen(broadcast, { mode: 'scheduled', ...body });
    return c.json(describe(broadcast));
  });

  app.post('/:id/pause', requireAdmin, (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['sending', 'scheduled'], 'paused');
    services.transact(() => pauseSending(services, broadcast));
    return c.json(describe(broadcast));
  });

  app.post('/:id/resume', requireAdmin, (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['paused'], 'resumed');
    const channel = channelFor(broadcast.workspaceId, broadcast.channelId);
    messageFor(broadcast.workspaceId, channel, broadcast.message, broadcast.sendMode);
    services.transact(() => resumeSending(services, broadcast));
    return c.json(describe(broadcast));
  });

  app.post('/:id/cancel', requireAdmin, (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    requireStatus(broadcast, ['draft', 'scheduled', 'sending', 'paused'], 'cancelled');
    services.transact(() => cancelSending(services, broadcast));
    return c.json(describe(broadcast));
  });

  app.get('/:id/results', (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    return c.json({
      status: broadcast.status,
      counts: broadcastCounts(db, broadcast.id),
      timeline: broadcastTimeline(db, broadcast.id, broadcast.completedAt ?? services.clock.now()),
    });
  });

  app.get('/:id/recipients', (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    const after = c.req.query('after');
    return c.json(
      recipientsPage(db, broadcast.id, {
        ...(after === undefined ? {} : { afterSeq: intQuery(c, 'after', -1, Number.MAX_SAFE_INTEGER) }),
        limit: intQuery(c, 'limit', 100, 1000),
        ...(c.req.query('state') ? { state: c.req.query('state') } : {}),
      }),
    );
  });

  app.get('/:id/export.csv', (c) => {
    const broadcast = load(c.get('principal').workspaceId, c.req.param('id'));
    const file = `${broadcast.name.replace(/[^\w.-]+/g, '_').slice(0, 60) || 'broadcast'}-results.csv`;
    return c.body(recipientsCsv(db, broadcast.id), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
    });
  });

  function conversationFacts(channelId: string, contactId: string) {
    const row = stmt(db, 'SELECT facts FROM conversations WHERE channel_id = ? AND contact_id = ?').get(
      channelId,
      contactId,
    ) as { facts: string } | undefined;
    return row ? JSON.parse(row.facts) : undefined;
  }

  return app;
}

/** The workspace's messaging limit and how much of it the last 24 hours used. */
function broadcastSettings(services: Services, workspaceId: string) {
  const limit = getMessagingLimit(services.db, workspaceId);
  const used = reachedLast24h(services.db, workspaceId, services.clock.now());
  return {
    messagingLimit: limit,
    tiers: MESSAGING_TIERS,
    usedLast24h: used,
    remaining: limit === null ? null : Math.max(0, limit - used),
  };
}

/** A list named by the audience must be the workspace's. */
function checkAudience(db: Services['db'], workspaceId: string, audience: Audience): void {
  if (!audience.listId) return;
  const owner = stmt(db, 'SELECT workspace_id FROM broadcast_lists WHERE id = ?').pluck().get(audience.listId);
  if (owner !== workspaceId) throw apiError(404, 'not_found', `No contact list "${audience.listId}" in this workspace`);
}

/** The UTC instant of a wall-clock time in a zone, in the future; a 400 naming the problem otherwise. */
function scheduledInstant(localTime: string, timeZone: string, now: number): number {
  if (!isValidTimeZone(timeZone)) throw apiError(400, 'invalid_body', `timeZone: "${timeZone}" is not a time zone`);
  const at = zonedTimeToUtc(localTime, timeZone);
  if (at === null) throw apiError(400, 'invalid_body', 'localTime: use YYYY-MM-DDTHH:mm');
  if (at <= now)
    throw apiError(400, 'in_the_past', `${localTime} in ${timeZone} has already passed; choose a later time.`);
  return at;
}
