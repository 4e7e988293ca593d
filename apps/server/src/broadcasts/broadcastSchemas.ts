import { z } from 'zod';
import { audienceSchema } from './types.ts';

/** The step a broadcast sends: the graph's `template` (custom and Flow templates) or `carousel` step. */
export const messageSchema = z.looseObject({ type: z.string(), data: z.unknown() });

const sendModeSchema = z.enum(['cloud', 'marketingLite']);

/** When to send: now, at a wall-clock time in a time zone, or not yet (a draft). */
export const whenSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('now') }),
  z.object({
    mode: z.literal('scheduled'),
    /** Wall-clock time in `timeZone`, `YYYY-MM-DDTHH:mm`. */
    localTime: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, 'YYYY-MM-DDTHH:mm'),
    /** IANA time zone, e.g. Europe/Madrid. */
    timeZone: z.string().min(1),
  }),
  z.object({ mode: z.literal('draft') }),
]);

export const createSchema = z.object({
  name: z.string().min(1).max(200),
  /** A channel of the workspace; default: its first real number, else the sandbox. */
  channelId: z.string().optional(),
  audience: audienceSchema,
  message: messageSchema,
  sendMode: sendModeSchema.default('cloud'),
  when: whenSchema.default({ mode: 'draft' }),
});

export const updateSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  channelId: z.string().optional(),
  audience: audienceSchema.optional(),
  message: messageSchema.optional(),
  sendMode: sendModeSchema.optional(),
});

export const scheduleSchema = z.object({
  localTime: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, 'YYYY-MM-DDTHH:mm'),
  timeZone: z.string().min(1),
});

export const estimateSchema = z.object({
  channelId: z.string().optional(),
  audience: audienceSchema,
  message: messageSchema,
  sendMode: sendModeSchema.default('cloud'),
});

export const audienceQuerySchema = z.object({ audience: audienceSchema });

export const previewSchema = z.object({
  channelId: z.string().optional(),
  message: messageSchema,
  /** The contact to render for; without one, the first contact of `audience` (or placeholders only). */
  contactId: z.string().optional(),
  audience: audienceSchema.optional(),
});

export const listSchema = z.object({
  name: z.string().min(1).max(200).optional(),
  /** The CSV text: a header row, then one contact per row. */
  csv: z.string().max(20 * 1024 * 1024),
  /** Check only: nothing is written. */
  dryRun: z.boolean().default(false),
  /** Import the valid rows even when others have problems (they are still reported). */
  skipInvalid: z.boolean().default(false),
});

export const settingsSchema = z.object({
  /** Unique contacts reached outside their window per moving 24 h: Meta's tier, or null for unlimited. */
  messagingLimit: z.union([z.literal(250), z.literal(2000), z.literal(10_000), z.literal(100_000), z.null()]),
});
