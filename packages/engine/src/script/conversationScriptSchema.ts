import { z } from 'zod';
import type { EndReason } from '../types.ts';
import { parseDuration } from './parseDuration.ts';
import type { ConversationScript } from './scriptTypes.ts';

const END_REASONS = [
  'completed',
  'handoff',
  'goToFlow',
  'windowClosed',
  'refused',
  'invalidReply',
  'loopLimit',
  'agentTookOver',
  'sendFailed',
  'error',
] as const satisfies readonly EndReason[];
// Every end reason is listed (a new one breaks this line).
export const listsEveryEndReason: Exclude<EndReason, (typeof END_REASONS)[number]> extends never ? true : false = true;

const CUSTOMER_KINDS = [
  'text',
  'button',
  'list',
  'quickReply',
  'flow',
  'image',
  'video',
  'audio',
  'document',
  'sticker',
  'location',
] as const;
const STEP_KINDS = ['customer', 'advance', 'webhook', 'start', 'stage', 'bot', 'expect'] as const;
const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'document', 'sticker', 'interactive', 'template'] as const;

/**
 * A conversation script (docs/conversation-scripts.md, the engine's `ConversationScript`) as the API accepts it:
 * strict, so a key the format does not define is an error, and every issue keeps its full path
 * (`conversations.0.steps.3.customer.text`). `scriptTypes.ts` declares the format as types; this is its runtime check.
 */
export const conversationScriptSchema = buildSchema();

// The schema must accept every script the engine's types allow (a new step kind breaks this line).
export const acceptsEngineScripts = (script: ConversationScript): z.input<typeof conversationScriptSchema> => script;

function buildSchema() {
  const strings = z.record(z.string(), z.string());
  const stage = z.strictObject({ pipeline: z.string().min(1), stage: z.string().min(1) });
  const media = z.strictObject({
    id: z.string().min(1),
    mimeType: z.string().optional(),
    caption: z.string().optional(),
    filename: z.string().optional(),
  });
  const referral = z.strictObject({
    sourceType: z.string().min(1),
    sourceId: z.string().optional(),
    sourceUrl: z.string().optional(),
    headline: z.string().optional(),
    body: z.string().optional(),
    ctwaClid: z.string().optional(),
  });
  const customer = z
    .strictObject({
      text: z.string().optional(),
      button: z.string().min(1).optional(),
      list: z.string().min(1).optional(),
      quickReply: z.string().min(1).optional(),
      flow: z.record(z.string(), z.unknown()).optional(),
      image: media.optional(),
      video: media.optional(),
      audio: media.optional(),
      document: media.optional(),
      sticker: media.optional(),
      location: z
        .strictObject({
          latitude: z.number().min(-90).max(90),
          longitude: z.number().min(-180).max(180),
          name: z.string().optional(),
          address: z.string().optional(),
        })
        .optional(),
      referral: referral.optional(),
    })
    .superRefine(exactlyOne(CUSTOMER_KINDS, 'the customer sends'));
  // The Cloud API body: `type` and the object it names; what is inside is compared, not checked.
  const message = z.looseObject({ type: z.enum(MESSAGE_TYPES) }).superRefine((value, ctx) => {
    const body = (value as Record<string, unknown>)[value.type];
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      ctx.addIssue({ code: 'custom', path: [value.type], message: `a "${value.type}" message needs its object` });
    }
  });
  const priced = z.strictObject({ message, price: z.enum(['free', 'utility', 'marketing']).optional() });
  // A union would only say "invalid input" at the entry: pick the shape by its key so issues keep their path.
  const botEntry = z.unknown().transform((value, ctx) => {
    const schema = typeof value === 'object' && value !== null && 'message' in value ? priced : message;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  });
  const expectation = z.strictObject({
    status: z.enum(['waiting', 'ended']).optional(),
    endReason: z.enum(END_REASONS).optional(),
    node: z.string().min(1).optional(),
    variables: strings.optional(),
    contact: z
      .strictObject({ fields: strings.optional(), tags: z.array(z.string()).optional(), stage: stage.optional() })
      .optional(),
    handoff: z.strictObject({ team: z.string().optional(), agent: z.string().optional() }).optional(),
    webhook: z
      .strictObject({ method: z.string().optional(), url: z.string().optional(), body: z.unknown().optional() })
      .optional(),
  });
  const step = z
    .strictObject({
      customer: customer.optional(),
      advance: z
        .string()
        .refine((text) => parseDuration(text) !== null, 'a duration in s, m, h, d ("25h", "1d2h", "90s")')
        .optional(),
      webhook: z
        .strictObject({
          status: z.number().int().min(0).max(599).optional(),
          body: z.unknown().optional(),
          error: z.string().optional(),
        })
        .optional(),
      start: z.strictObject({ trigger: z.string().min(1), variables: strings.optional() }).optional(),
      stage: stage.optional(),
      bot: z.array(botEntry).optional(),
      expect: expectation.optional(),
    })
    .superRefine(exactlyOne(STEP_KINDS, 'a step is'));
  const conversation = z.strictObject({
    name: z.string().min(1).max(200),
    start: z.iso.datetime({ offset: true }),
    contact: z
      .strictObject({
        waId: z
          .string()
          .regex(/^\d{5,20}$/, 'a WhatsApp id: digits, no +')
          .optional(),
        name: z.string().optional(),
        fields: strings.optional(),
        tags: z.array(z.string()).optional(),
        optIn: z.enum(['optedIn', 'optedOut', 'unknown']).optional(),
        marketingOptOut: z.boolean().optional(),
        stage: stage.optional(),
      })
      .optional(),
    channel: z.strictObject({ businessVerified: z.boolean().optional() }).optional(),
    steps: z.array(step).min(1).max(5000),
  });
  return z.strictObject({
    flow: z.string().min(1).max(300),
    conversations: z.array(conversation).min(1).max(200),
  });
}

/** A refinement: exactly one of `keys` is present (a step is one kind; a customer message is one message). */
function exactlyOne(keys: readonly string[], what: string) {
  return (value: object, ctx: z.RefinementCtx) => {
    const present = keys.filter((key) => (value as Record<string, unknown>)[key] !== undefined);
    if (present.length === 1) return;
    ctx.addIssue({
      code: 'custom',
      message: `${what} exactly one of ${keys.join(', ')}${present.length === 0 ? '' : ` (here: ${present.join(', ')})`}`,
    });
  };
}
