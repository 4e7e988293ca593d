import type { InboundContent, InboundReferral, WhatsAppError } from '../types.ts';
import { compact } from './parseContent.ts';

/** The per-type part of a webhook message (`type` plus its object) that Meta would post for this content. */
export function contentToWire(content: InboundContent): Record<string, unknown> {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: { body: content.text } };
    case 'buttonReply':
      return {
        type: 'interactive',
        interactive: { type: 'button_reply', button_reply: { id: content.id, title: content.title } },
      };
    case 'listReply':
      return {
        type: 'interactive',
        interactive: {
          type: 'list_reply',
          list_reply: compact({ id: content.id, title: content.title, description: content.description }),
        },
      };
    case 'quickReply':
      return { type: 'button', button: { payload: content.payload, text: content.text } };
    case 'flowReply': {
      const responseJson =
        content.responseJson ??
        JSON.stringify({
          ...(content.flowToken === null ? {} : { flow_token: content.flowToken }),
          ...content.answers,
        });
      return {
        type: 'interactive',
        interactive: { type: 'nfm_reply', nfm_reply: { name: 'flow', body: 'Sent', response_json: responseJson } },
      };
    }
    case 'media':
      return {
        type: content.mediaType,
        [content.mediaType]: compact({
          id: content.id,
          mime_type: content.mimeType,
          sha256: content.sha256,
          caption: content.caption,
          filename: content.filename,
        }),
      };
    case 'location':
      return {
        type: 'location',
        location: compact({
          latitude: content.latitude,
          longitude: content.longitude,
          name: content.name,
          address: content.address,
        }),
      };
    case 'contacts':
      return { type: 'contacts', contacts: content.contacts };
    case 'reaction':
      return { type: 'reaction', reaction: { message_id: content.messageId, emoji: content.emoji } };
    case 'order':
      return { type: 'order', order: content.order };
    case 'system':
      return {
        type: 'system',
        system: compact({ body: content.body, wa_id: content.newWaId, type: 'user_changed_number' }),
      };
    case 'unsupported':
      return {
        type: 'unsupported',
        unsupported: { type: 'unknown' },
        ...(content.errors ? { errors: content.errors.map(errorToWire) } : {}),
      };
  }
}

/** Our error in Meta's shape. */
export function errorToWire(error: WhatsAppError): Record<string, unknown> {
  return compact({
    code: error.code,
    title: error.title,
    message: error.message,
    error_data: error.details === undefined ? undefined : { details: error.details },
  });
}

/** A referral in Meta's shape. */
export function referralToWire(referral: InboundReferral): Record<string, unknown> {
  return compact({
    source_url: referral.sourceUrl,
    source_id: referral.sourceId,
    source_type: referral.sourceType,
    headline: referral.headline,
    body: referral.body,
    media_type: referral.mediaType,
    ctwa_clid: referral.ctwaClid,
  });
}

/** Epoch milliseconds → Meta's Unix seconds string (whole seconds; the milliseconds are dropped). */
export function toUnixSeconds(ms: number): string {
  return String(Math.floor(ms / 1000));
}
