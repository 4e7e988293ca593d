import type { SendRequest } from '@salesbot/whatsapp';
import type { Channel } from '../store/channels.ts';

/**
 * What a send attempt came to. `httpStatus` null: no answer. `ambiguous`: the request may have reached WhatsApp
 * (a timeout or a connection dropped after sending), so resending could duplicate the message.
 */
export type SendResult =
  | { ok: true; wamid: string }
  | { ok: false; httpStatus: number | null; code: number | null; message: string; ambiguous?: boolean };

/** Delivers one send request for a channel. Never throws: failures are results. */
export interface Transport {
  send(channel: Channel, request: SendRequest, options?: SendOptions): Promise<SendResult>;
}

/**
 * The Cloud API path a send goes to: `messages`, or `marketing_messages` (the Marketing Messages Lite API, marketing
 * templates only, with Meta's delivery optimisation).
 */
export type SendEndpoint = 'messages' | 'marketing_messages';

export interface SendOptions {
  endpoint?: SendEndpoint;
}
