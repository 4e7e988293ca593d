import { checkRecipientCountry } from '@salesbot/whatsapp';
import { Hono } from 'hono';
import { z } from 'zod';
import { newId } from '../db/ids.ts';
import { apiError } from '../http/apiError.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import { requireAdmin } from '../http/requireToken.ts';
import type { Services } from '../services.ts';
import type { Channel } from '../store/channels.ts';
import type { RouteDoc } from './routeDoc.ts';

const phoneNumber = z
  .string()
  .regex(/^\+?[\d\s().-]{6,24}$/, 'a phone number in international format, e.g. +1 555 078 3881');
const fields = {
  name: z.string().min(1).max(100),
  displayPhoneNumber: phoneNumber,
  wabaId: z.string().max(64).nullable(),
  accessToken: z.string().max(2048).nullable(),
  appSecret: z.string().max(256).nullable(),
  verifyToken: z.string().max(256).nullable(),
  apiUrl: z.url().nullable(),
  throughput: z.number().int().min(1).max(1000).nullable(),
  coexistence: z.boolean(),
  businessVerified: z.boolean(),
};
const createSchema = z.object({
  phoneNumberId: z.string().regex(/^\d{5,32}$/, 'the numeric phone number id Meta shows for the number'),
  name: fields.name.optional(),
  displayPhoneNumber: fields.displayPhoneNumber,
  wabaId: fields.wabaId.optional(),
  accessToken: fields.accessToken.optional(),
  appSecret: fields.appSecret.optional(),
  verifyToken: fields.verifyToken.optional(),
  apiUrl: fields.apiUrl.optional(),
  throughput: fields.throughput.optional(),
  coexistence: fields.coexistence.default(false),
  businessVerified: fields.businessVerified.default(false),
});
const updateSchema = z.object(fields).partial();

export const channelsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/channels',
    summary: "The workspace's phone numbers (secrets are never returned)",
    tag: 'channels',
  },
  {
    method: 'post',
    path: '/api/channels',
    summary: 'Connect a phone number (409 if any workspace has it; 422 where WhatsApp Business is not offered)',
    tag: 'channels',
    body: createSchema,
    status: 201,
  },
  {
    method: 'patch',
    path: '/api/channels/:id',
    summary: 'Change credentials, throughput, flags',
    tag: 'channels',
    body: updateSchema,
  },
  { method: 'delete', path: '/api/channels/:id', summary: 'Disconnect a phone number', tag: 'channels' },
  { method: 'post', path: '/api/channels/:id/resume', summary: "Restart a channel's stopped queue", tag: 'channels' },
];

/** Phone numbers: a phone number id belongs to exactly one workspace (UNIQUE in the database). */
export function channelsRoutes(services: Services): Hono<AppEnv> {
  const { clock } = services;
  const app = new Hono<AppEnv>();
  const load = (workspaceId: string, id: string): Channel => {
    const channel = services.channels.get(id);
    if (!channel || channel.workspaceId !== workspaceId)
      throw apiError(404, 'not_found', `No channel "${id}" in this workspace`);
    return channel;
  };

  app.get('/', (c) => c.json(services.channels.list(c.get('principal').workspaceId).map(describeChannel)));

  app.post('/', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const body = await readBody(c, createSchema);
    refuseUnsupportedCountry(body.displayPhoneNumber);
    if (services.channels.byPhoneNumberId(body.phoneNumberId)) {
      throw apiError(
        409,
        'phone_number_taken',
        `Phone number id ${body.phoneNumberId} is already connected to a workspace`,
      );
    }
    const id = newId('ch');
    try {
      services.transact(() =>
        services.channels.insert({
          id,
          workspaceId,
          name: body.name ?? body.displayPhoneNumber,
          phoneNumberId: body.phoneNumberId,
          displayPhoneNumber: body.displayPhoneNumber,
          wabaId: body.wabaId ?? null,
          accessToken: body.accessToken ?? null,
          appSecret: body.appSecret ?? null,
          verifyToken: body.verifyToken ?? null,
          apiUrl: body.apiUrl ?? null,
          throughput: body.throughput ?? null,
          coexistence: body.coexistence,
          businessVerified: body.businessVerified,
          createdAt: clock.now(),
        }),
      );
    } catch (error) {
      // Two workspaces racing for one number: the UNIQUE constraint decides.
      if (String(error).includes('UNIQUE')) {
        throw apiError(
          409,
          'phone_number_taken',
          `Phone number id ${body.phoneNumberId} is already connected to a workspace`,
        );
      }
      throw error;
    }
    return c.json(describeChannel(load(workspaceId, id)), 201);
  });

  app.patch('/:id', requireAdmin, async (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const channel = load(workspaceId, c.req.param('id'));
    const body = await readBody(c, updateSchema);
    if (body.displayPhoneNumber) refuseUnsupportedCountry(body.displayPhoneNumber);
    services.transact(() => services.channels.update(channel.id, body));
    return c.json(describeChannel(load(workspaceId, channel.id)));
  });

  app.delete('/:id', requireAdmin, (c) => {
    const channel = load(c.get('principal').workspaceId, c.req.param('id'));
    services.transact(() => services.channels.delete(channel.id));
    return c.json({ deleted: channel.id });
  });

  app.post('/:id/resume', requireAdmin, (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const channel = load(workspaceId, c.req.param('id'));
    services.transact(() => services.channels.update(channel.id, { stoppedReason: null, stoppedAt: null }));
    return c.json(describeChannel(load(workspaceId, channel.id)));
  });

  return app;
}

/** A business number where WhatsApp Business is not offered cannot be connected (../shared/whatsapp-platform.md §9). */
function refuseUnsupportedCountry(displayPhoneNumber: string): void {
  const check = checkRecipientCountry(displayPhoneNumber.replace(/\D/g, ''));
  if (!check.supported) {
    throw apiError(422, 'country_not_supported', `This number cannot be connected: ${check.reason}`, {
      field: 'displayPhoneNumber',
      country: check.country,
    });
  }
}

/** A channel as the API shows it: secrets replaced by whether they are set. */
export function describeChannel(channel: Channel) {
  return {
    id: channel.id,
    name: channel.name,
    phoneNumberId: channel.phoneNumberId,
    displayPhoneNumber: channel.displayPhoneNumber,
    wabaId: channel.wabaId,
    apiUrl: channel.apiUrl,
    throughput: channel.throughput,
    coexistence: channel.coexistence,
    businessVerified: channel.businessVerified,
    sandbox: channel.sandbox,
    hasAccessToken: Boolean(channel.accessToken),
    hasAppSecret: Boolean(channel.appSecret),
    hasVerifyToken: Boolean(channel.verifyToken),
    stoppedReason: channel.stoppedReason,
    stoppedAt: channel.stoppedAt,
    createdAt: channel.createdAt,
  };
}
