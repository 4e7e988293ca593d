import type { z } from 'zod';
import type { DeliveryStatus, InboundMessage, InboundReferral, StatusUpdate, WebhookEvent } from '../types.ts';
import { compact, parseContent, toWhatsAppError } from './parseContent.ts';
import { messageBaseSchema, messagesValueSchema, type referralSchema, statusSchema } from './schemas.ts';
import { check, type Path } from './shape.ts';

const deliveryStatuses: readonly string[] = [
  'sent',
  'delivered',
  'read',
  'failed',
  'played',
] satisfies DeliveryStatus[];

/** A `messages` change: one event per message, per status and per value-level error, in that order. */
export function parseMessagesChange(wabaId: string, value: unknown, path: Path): WebhookEvent[] {
  const parsed = check(messagesValueSchema, value, path);
  const base = compact({
    wabaId,
    phoneNumberId: parsed.metadata.phone_number_id,
    displayPhoneNumber: parsed.metadata.display_phone_number,
  });
  const contacts = parsed.contacts ?? [];
  const events: WebhookEvent[] = [];

  (parsed.messages ?? []).forEach((raw, i) => {
    const message = parseMessage(raw, [...path, 'messages', i]);
    // Meta's wa_id is the id to answer to; it may differ from `from` (the phone number).
    const contact = contacts.find((c) => c.wa_id === message.from) ?? (contacts.length === 1 ? contacts[0] : undefined);
    events.push({
      ...base,
      kind: 'message',
      contact: compact({ waId: contact?.wa_id ?? message.from, name: contact?.profile?.name }),
      message,
    });
  });

  (parsed.statuses ?? []).forEach((raw, i) => {
    const status = check(statusSchema, raw, [...path, 'statuses', i]);
    if (!deliveryStatuses.includes(status.status)) {
      // A status Salesbot does not know (Meta has added some before): keep it, do not fail the post.
      events.push({ kind: 'other', wabaId, field: 'messages', value: raw });
      return;
    }
    events.push({ ...base, kind: 'status', status: toStatusUpdate(status) });
  });

  if (parsed.errors?.length) events.push({ ...base, kind: 'error', errors: parsed.errors.map(toWhatsAppError) });
  return events;
}

function parseMessage(raw: unknown, path: Path): InboundMessage {
  const message = check(messageBaseSchema, raw, path);
  return compact({
    id: message.id,
    from: message.from,
    timestamp: message.timestamp,
    contextId: message.context?.id,
    referral: message.referral && toReferral(message.referral),
    content: parseContent(message.type, raw, path),
  });
}

function toReferral(referral: z.infer<typeof referralSchema>): InboundReferral {
  return compact({
    sourceType: referral.source_type ?? 'unknown',
    sourceId: referral.source_id,
    sourceUrl: referral.source_url,
    headline: referral.headline,
    body: referral.body,
    mediaType: referral.media_type,
    ctwaClid: referral.ctwa_clid,
  });
}

function toStatusUpdate(status: z.infer<typeof statusSchema>): StatusUpdate {
  return compact({
    id: status.id,
    status: status.status as DeliveryStatus,
    timestamp: status.timestamp,
    recipientId: status.recipient_id ?? '',
    callbackData: status.biz_opaque_callback_data,
    pricing:
      status.pricing &&
      compact({
        pricingModel: status.pricing.pricing_model,
        type: status.pricing.type,
        category: status.pricing.category,
        billable: status.pricing.billable,
      }),
    errors: status.errors?.map(toWhatsAppError),
  });
}
