import { parseSendResponse, type SendRequest } from '@salesbot/whatsapp';
import type { Channel } from '../store/channels.ts';
import type { SendOptions, SendResult, Transport } from './types.ts';

/**
 * The WhatsApp Cloud API: `POST {apiUrl}/{phone_number_id}/messages` (or `/marketing_messages`, the Marketing
 * Messages Lite API, when the send asks for it) with the channel's bearer token. The answer's wamid is returned so
 * statuses can be matched; an error answer carries WhatsApp's code.
 */
export function createCloudApiTransport(options: {
  apiUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}): Transport {
  const fetchImpl = options.fetch ?? fetch;
  return {
    async send(channel: Channel, request: SendRequest, sendOptions?: SendOptions): Promise<SendResult> {
      const base = (channel.apiUrl ?? options.apiUrl).replace(/\/+$/, '');
      let response: Response;
      try {
        const endpoint = sendOptions?.endpoint ?? 'messages';
        response = await fetchImpl(`${base}/${encodeURIComponent(channel.phoneNumberId)}/${endpoint}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${channel.accessToken ?? ''}`, 'content-type': 'application/json' },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        return { ok: false, httpStatus: null, code: null, message: describe(error), ambiguous: !neverSent(error) };
      }
      let body: unknown = null;
      try {
        body = await response.json();
      } catch (error) {
        // Cut off mid-answer after a 2xx: WhatsApp may well have accepted it.
        if (response.ok) return { ok: false, httpStatus: null, code: null, message: describe(error), ambiguous: true };
      }
      const answer = parseSendResponse(body);
      if (answer.ok && response.ok) return { ok: true, wamid: answer.wamid };
      const error = answer.ok ? null : answer.error;
      return {
        ok: false,
        // A 2xx without a wamid cannot be tracked: treated like no answer.
        httpStatus: response.ok ? null : response.status,
        code: error && error.code >= 0 ? error.code : null,
        message: error?.message ?? `HTTP ${response.status}`,
        ...(response.ok ? { ambiguous: true } : {}),
      };
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const text = error instanceof Error ? error.message : String(error);
  return cause?.code ? `${text} (${cause.code})` : text;
}

/** Errors raised before the request could reach the server: resending them cannot duplicate anything. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ERR_INVALID_URL',
]);

function neverSent(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code !== undefined && NOT_SENT_CODES.has(cause.code);
}
