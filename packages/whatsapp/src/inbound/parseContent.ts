import { z } from 'zod';
import type { InboundContent, WhatsAppError } from '../types.ts';
import { errorSchema, numberLikeSchema, type WireError } from './schemas.ts';
import { check, type Path } from './shape.ts';

type MediaType = 'image' | 'video' | 'audio' | 'document' | 'sticker';

const mediaSchema = z.looseObject({
  id: z.string(),
  mime_type: z.string().optional(),
  sha256: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});

type WireMedia = z.infer<typeof mediaSchema>;

// Built once: creating zod schemas per message would cost more than parsing it.
const mediaMessageSchemas: Record<MediaType, z.ZodType<Partial<Record<MediaType, WireMedia>>>> = {
  image: z.looseObject({ image: mediaSchema }),
  video: z.looseObject({ video: mediaSchema }),
  audio: z.looseObject({ audio: mediaSchema }),
  document: z.looseObject({ document: mediaSchema }),
  sticker: z.looseObject({ sticker: mediaSchema }),
};
const textSchema = z.looseObject({ text: z.looseObject({ body: z.string() }) });
const locationSchema = z.looseObject({
  location: z.looseObject({
    latitude: numberLikeSchema,
    longitude: numberLikeSchema,
    name: z.string().optional(),
    address: z.string().optional(),
  }),
});
const contactsSchema = z.looseObject({ contacts: z.array(z.unknown()) });
const reactionSchema = z.looseObject({
  reaction: z.looseObject({ message_id: z.string(), emoji: z.string().optional() }),
});
const buttonSchema = z.looseObject({ button: z.looseObject({ payload: z.string(), text: z.string() }) });
const orderSchema = z.looseObject({ order: z.unknown() });
const systemSchema = z.looseObject({
  system: z.looseObject({
    body: z.string().optional(),
    wa_id: z.string().optional(),
    new_wa_id: z.union([z.string(), z.number()]).optional(),
  }),
});
const unsupportedSchema = z.looseObject({ errors: z.array(errorSchema).optional() });
const interactiveSchema = z.looseObject({ interactive: z.looseObject({ type: z.string() }) });
const buttonReplySchema = z.looseObject({ button_reply: z.looseObject({ id: z.string(), title: z.string() }) });
const listReplySchema = z.looseObject({
  list_reply: z.looseObject({ id: z.string(), title: z.string(), description: z.string().optional() }),
});
const nfmReplySchema = z.looseObject({ nfm_reply: z.looseObject({ response_json: z.string() }) });

/**
 * The content of one inbound message (or echo) from its per-type object. `raw` is the message object, `path`
 * where it sits. Types Salesbot does not know become `unsupported`, never an error.
 */
export function parseContent(type: string | undefined, raw: unknown, path: Path): InboundContent {
  switch (type) {
    case 'text': {
      const { text } = check(textSchema, raw, path);
      return { type: 'text', text: text.body };
    }
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return parseMedia(type, raw, path);
    case 'location': {
      const { location } = check(locationSchema, raw, path);
      return compact({ type: 'location', ...location });
    }
    case 'contacts': {
      const { contacts } = check(contactsSchema, raw, path);
      return { type: 'contacts', contacts };
    }
    case 'reaction': {
      const { reaction } = check(reactionSchema, raw, path);
      // An empty or missing emoji means the customer removed their reaction.
      return { type: 'reaction', messageId: reaction.message_id, emoji: reaction.emoji ?? '' };
    }
    case 'button': {
      const { button } = check(buttonSchema, raw, path);
      return { type: 'quickReply', payload: button.payload, text: button.text };
    }
    case 'interactive':
      return parseInteractive(raw, path);
    case 'order': {
      const { order } = check(orderSchema, raw, path);
      return { type: 'order', order };
    }
    case 'system': {
      const { system } = check(systemSchema, raw, path);
      const newWaId = system.wa_id ?? (system.new_wa_id === undefined ? undefined : String(system.new_wa_id));
      return compact({ type: 'system', body: system.body, newWaId });
    }
    default: {
      const { errors } = check(unsupportedSchema, raw, path);
      return errors?.length ? { type: 'unsupported', errors: errors.map(toWhatsAppError) } : { type: 'unsupported' };
    }
  }
}

function parseMedia(type: MediaType, raw: unknown, path: Path): InboundContent {
  // The schema requires the object under `type`.
  const media = check(mediaMessageSchemas[type], raw, path)[type]!;
  return compact({
    type: 'media',
    mediaType: type,
    id: media.id,
    mimeType: media.mime_type,
    sha256: media.sha256,
    caption: media.caption,
    filename: media.filename,
  });
}

function parseInteractive(raw: unknown, path: Path): InboundContent {
  const { interactive } = check(interactiveSchema, raw, path);
  const at = [...path, 'interactive'];
  switch (interactive.type) {
    case 'button_reply': {
      const reply = check(buttonReplySchema, interactive, at).button_reply;
      return { type: 'buttonReply', id: reply.id, title: reply.title };
    }
    case 'list_reply': {
      const reply = check(listReplySchema, interactive, at).list_reply;
      return compact({ type: 'listReply', id: reply.id, title: reply.title, description: reply.description });
    }
    case 'nfm_reply': {
      const reply = check(nfmReplySchema, interactive, at);
      return parseFlowResponse(reply.nfm_reply.response_json);
    }
    default:
      return { type: 'unsupported' };
  }
}

/**
 * A Flow completion: `response_json` is a JSON string of `flow_token` and the answers. A string that is not a
 * JSON object is not fatal: the answers are empty and the raw string is kept.
 */
export function parseFlowResponse(responseJson: string): InboundContent {
  let parsed: unknown;
  try {
    parsed = JSON.parse(responseJson);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { type: 'flowReply', flowToken: null, answers: {}, responseJson };
  }
  const { flow_token: token, ...answers } = parsed as Record<string, unknown>;
  return { type: 'flowReply', flowToken: typeof token === 'string' ? token : null, answers };
}

/** Meta's error object in our terms. */
export function toWhatsAppError(error: WireError): WhatsAppError {
  return compact({ code: error.code, title: error.title, message: error.message, details: error.error_data?.details });
}

/** The object without its undefined properties, so results compare and serialise cleanly. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
