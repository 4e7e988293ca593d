import { z } from 'zod';

/**
 * Zod schemas of the webhook body (../shared/whatsapp-platform.md §6). Every object is loose: Meta adds fields
 * without notice and we must keep accepting its posts.
 */

/** Unix seconds as Meta sends them (a digit string, sometimes a number) → epoch milliseconds. */
export const timestampSchema = z.unknown().transform((value, ctx) => {
  const seconds =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  ctx.addIssue({ code: 'custom', message: value === undefined ? 'is missing' : 'should be Unix seconds' });
  return z.NEVER;
});

/** A number that may arrive as a numeric string (locations do). */
export const numberLikeSchema = z.unknown().transform((value, ctx) => {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (Number.isFinite(number)) return number;
  ctx.addIssue({ code: 'custom', message: value === undefined ? 'is missing' : 'should be a number' });
  return z.NEVER;
});

export const envelopeSchema = z.looseObject({
  object: z.literal('whatsapp_business_account'),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});

export const metadataSchema = z.looseObject({
  display_phone_number: z.string().optional(),
  phone_number_id: z.string(),
});

export const errorSchema = z.looseObject({
  code: z.number(),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.looseObject({ details: z.string().optional() }).optional(),
});
export type WireError = z.infer<typeof errorSchema>;

export const messagesValueSchema = z.looseObject({
  metadata: metadataSchema,
  contacts: z
    .array(
      z.looseObject({
        wa_id: z.string().optional(),
        profile: z.looseObject({ name: z.string().optional() }).optional(),
      }),
    )
    .optional(),
  messages: z.array(z.unknown()).optional(),
  statuses: z.array(z.unknown()).optional(),
  errors: z.array(errorSchema).optional(),
});

export const referralSchema = z.looseObject({
  source_url: z.string().optional(),
  source_id: z.string().optional(),
  source_type: z.string().optional(),
  headline: z.string().optional(),
  body: z.string().optional(),
  media_type: z.string().optional(),
  ctwa_clid: z.string().optional(),
});

/** What every inbound message has; the per-type object is checked by `parseContent`. */
export const messageBaseSchema = z.looseObject({
  id: z.string(),
  from: z.string(),
  timestamp: timestampSchema,
  type: z.string().optional(),
  context: z.looseObject({ id: z.string().optional(), from: z.string().optional() }).optional(),
  referral: referralSchema.optional(),
  errors: z.array(errorSchema).optional(),
});

export const statusSchema = z.looseObject({
  id: z.string(),
  status: z.string(),
  timestamp: timestampSchema,
  recipient_id: z.string().optional(),
  biz_opaque_callback_data: z.string().optional(),
  pricing: z
    .looseObject({
      pricing_model: z.string().optional(),
      type: z.string().optional(),
      category: z.string().optional(),
      billable: z.boolean().optional(),
    })
    .optional(),
  errors: z.array(errorSchema).optional(),
});

export const echoesValueSchema = z.looseObject({
  metadata: metadataSchema,
  message_echoes: z.array(z.unknown()).optional(),
});

export const echoSchema = z.looseObject({
  id: z.string(),
  to: z.string(),
  timestamp: timestampSchema,
  type: z.string().optional(),
});

export const userPreferencesValueSchema = z.looseObject({
  metadata: metadataSchema.optional(),
  user_preferences: z.array(z.unknown()).optional(),
});

export const userPreferenceSchema = z.looseObject({
  wa_id: z.string(),
  category: z.string(),
  value: z.enum(['stop', 'resume']),
  timestamp: timestampSchema,
  detail: z.string().optional(),
});

export const templateStatusSchema = z.looseObject({
  event: z.string(),
  message_template_name: z.string(),
  message_template_language: z.string(),
  message_template_id: z.union([z.number(), z.string()]).optional(),
  message_template_category: z.string().optional(),
  reason: z.string().nullable().optional(),
});
