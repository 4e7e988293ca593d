import { randomUUID } from 'node:crypto';
import type { SendRequest } from '@salesbot/whatsapp';
import type { Channel } from '../store/channels.ts';
import type { SendResult, Transport } from './types.ts';

/** A status the sandbox reports for a message it "sent". */
export interface SandboxStatus {
  channel: Channel;
  wamid: string;
  status: 'sent' | 'delivered';
  recipientId: string;
  callbackData?: string;
}

/**
 * The transport of channels without credentials: accepts every send with a fake wamid (the message itself is the
 * outbox/messages row the editor's preview and the inbox read), then reports `sent` and `delivered` through
 * `report` — which the app wires to the webhook status path, so sandbox statuses take the same road as real ones.
 */
export function createSandboxTransport(options: {
  report: (status: SandboxStatus) => void;
  emitStatuses: boolean;
}): Transport {
  return {
    async send(channel: Channel, request: SendRequest): Promise<SendResult> {
      const wamid = `wamid.sandbox.${randomUUID()}`;
      if (options.emitStatuses) {
        const base = {
          channel,
          wamid,
          recipientId: request.to,
          ...(request.biz_opaque_callback_data ? { callbackData: request.biz_opaque_callback_data } : {}),
        };
        options.report({ ...base, status: 'sent' });
        options.report({ ...base, status: 'delivered' });
      }
      return { ok: true, wamid };
    },
  };
}
