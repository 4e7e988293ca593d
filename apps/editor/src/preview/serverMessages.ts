import type { CustomerInput } from '@salesbot/engine';
import type { PriceCategory } from '@salesbot/policy';
import { type InboundContent, messageKindOf, type OutboundMessage, type TemplateDisplay } from '@salesbot/whatsapp';
import type { TranscriptEntry } from './previewTypes.ts';

/** A message row as the server's API lists it (`GET /api/conversations/:id/messages`). */
export interface ServerMessage {
  id: number;
  direction: 'in' | 'out';
  sender: string;
  content: unknown;
  status: string;
  price: string | null;
  errorMessage?: string | null;
  sentAt: number;
}

/**
 * The server's messages as chat entries: outbound ones carry their body, template display, price and reason
 * (stored by the server with the send); inbound ones become the customer input they stand for.
 */
export function serverEntries(messages: readonly ServerMessage[]): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  for (const row of messages) {
    if (row.direction === 'out') {
      const content = row.content as { message?: OutboundMessage; display?: TemplateDisplay; reason?: string } | null;
      // An agent's message is stored as the body itself.
      const message = content?.message ?? (content as OutboundMessage | null);
      if (!message || typeof message !== 'object' || !('type' in message)) continue;
      entries.push({
        kind: 'bot',
        id: `s${row.id}`,
        at: row.sentAt,
        action: 0,
        send: {
          type: 'send',
          id: String(row.id),
          nodeId: '',
          message,
          kind: messageKindOf(message),
          price: (row.price ?? 'free') as PriceCategory,
          pricingType: 'regular',
          reason: content?.reason ?? `${row.sender} message · ${row.status}`,
          ...(content?.display ? { display: content.display } : {}),
        },
      });
      continue;
    }
    const content = row.content as (InboundContent & { referral?: CustomerInput['referral'] }) | null;
    if (!content) continue;
    const converted = inputOf(content);
    if (!converted) continue;
    entries.push({
      kind: 'customer',
      id: `s${row.id}`,
      at: row.sentAt,
      action: 0,
      heard: true,
      input: content.referral ? { ...converted.input, referral: content.referral } : converted.input,
      ...(converted.title !== undefined ? { title: converted.title } : {}),
    });
  }
  return entries;
}

function inputOf(content: InboundContent): { input: CustomerInput; title?: string } | null {
  switch (content.type) {
    case 'text':
      return { input: { text: content.text } };
    case 'buttonReply':
      return { input: { button: content.id }, title: content.title };
    case 'listReply':
      return { input: { list: content.id }, title: content.title };
    case 'quickReply':
      return { input: { quickReply: content.payload }, title: content.text };
    case 'flowReply':
      return { input: { flow: content.answers } };
    case 'location':
      return { input: { location: content } };
    case 'media': {
      const { mediaType, id, mimeType, caption, filename } = content;
      const media = {
        id,
        ...(mimeType ? { mimeType } : {}),
        ...(caption ? { caption } : {}),
        ...(filename ? { filename } : {}),
      };
      return { input: { [mediaType]: media } as unknown as CustomerInput };
    }
    default:
      return null;
  }
}

/** The sandbox's inbound body (`POST /api/sandbox/inbound`) for what the customer does. */
export function sandboxBody(
  input: CustomerInput,
  contact: { waId: string; name?: string },
  title?: string,
): Record<string, unknown> {
  const base = { from: contact.waId, ...(contact.name ? { name: contact.name } : {}) };
  const referral = input.referral ? { referral: input.referral } : {};
  if ('text' in input) return { ...base, ...referral, text: input.text };
  if ('button' in input) return { ...base, ...referral, button: { id: input.button, ...(title ? { title } : {}) } };
  if ('list' in input) return { ...base, ...referral, list: { id: input.list, ...(title ? { title } : {}) } };
  if ('quickReply' in input) {
    return { ...base, ...referral, quickReply: { payload: input.quickReply, ...(title ? { text: title } : {}) } };
  }
  if ('flow' in input) return { ...base, ...referral, flow: { answers: input.flow } };
  if ('location' in input) return { ...base, ...referral, location: input.location };
  const { referral: _referral, ...media } = input;
  return { ...base, ...referral, ...media };
}
