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
  send(channel: Channel, request: SendRequest): Promise<SendResult>;
}
