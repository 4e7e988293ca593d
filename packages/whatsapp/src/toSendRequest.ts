import type { OutboundMessage, SendRequest } from './types.ts';

/** Meta echoes at most this many characters of `biz_opaque_callback_data`. */
export const CALLBACK_DATA_MAX_LENGTH = 512;

export interface SendRequestOptions {
  /** The customer's WhatsApp id (digits, no `+`). */
  to: string;
  /** Ours, echoed in the message's status webhooks (the outbox puts its id here). At most 512 characters. */
  callbackData?: string;
  /** The wamid of the customer's message to quote. */
  replyTo?: string;
}

/** The full body of `POST /{phone-number-id}/messages` for a message. */
export function toSendRequest(message: OutboundMessage, options: SendRequestOptions): SendRequest {
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: options.to,
    ...message,
    ...(options.replyTo === undefined ? {} : { context: { message_id: options.replyTo } }),
    ...(options.callbackData === undefined ? {} : { biz_opaque_callback_data: options.callbackData }),
  };
}
