import { parseSendResponse, type SendRequest } from '@salesbot/whatsapp';
import type { Channel } from '../store/channels.ts';
import { createPostJson } from './postJson.ts';
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
  const post = createPostJson({ timeoutMs: options.timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) });
  return {
    async send(channel: Channel, request: SendRequest, sendOptions?: SendOptions): Promise<SendResult> {
      const base = (channel.apiUrl ?? options.apiUrl).replace(/\/+$/, '');
      const endpoint = sendOptions?.endpoint ?? 'messages';
      const answer = await post(
        `${base}/${encodeURIComponent(channel.phoneNumberId)}/${endpoint}`,
        { authorization: `Bearer ${channel.accessToken ?? ''}`, 'content-type': 'application/json' },
        JSON.stringify(request),
      );
      if (answer.kind === 'failed') {
        const { error } = answer;
        return { ok: false, httpStatus: null, code: null, message: describe(error), ambiguous: !neverSent(error) };
      }
      // Cut off mid-answer after a 2xx: WhatsApp may well have accepted it.
      if (answer.readError && answer.ok) {
        return { ok: false, httpStatus: null, code: null, message: describe(answer.readError), ambiguous: true };
      }
      const parsed = parseSendResponse(answer.json);
      if (parsed.ok && answer.ok) return { ok: true, wamid: parsed.wamid };
      const error = parsed.ok ? null : parsed.error;
      return {
        ok: false,
        // A 2xx without a wamid cannot be tracked: treated like no answer.
        httpStatus: answer.ok ? null : answer.status,
        code: error && error.code >= 0 ? error.code : null,
        message: error?.message ?? `HTTP ${answer.status}`,
        ...(answer.ok ? { ambiguous: true } : {}),
      };
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'timeout';
  const text = error instanceof Error ? error.message : String(error);
  const code = errorCode(error);
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

/** The system error code (`ECONNREFUSED`…): on the error itself (node:http) or its cause (fetch). */
function errorCode(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  return (error as { code?: string }).code ?? (error.cause as { code?: string } | undefined)?.code;
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
  const code = errorCode(error);
  return code !== undefined && NOT_SENT_CODES.has(code);
}
