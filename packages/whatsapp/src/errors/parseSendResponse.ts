import { z } from 'zod';
import { compact } from '../inbound/parseContent.ts';
import type { SendResponse } from '../types.ts';

const acceptedSchema = z.looseObject({ messages: z.array(z.looseObject({ id: z.string() })).min(1) });

const graphErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.number(),
    message: z.string().optional(),
    type: z.string().optional(),
    error_subcode: z.number().optional(),
    error_data: z.looseObject({ details: z.string().optional() }).optional(),
    fbtrace_id: z.string().optional(),
  }),
});

/**
 * The (JSON-parsed) answer to a send: the wamid when WhatsApp accepted it, else the Graph error. An answer that is
 * neither gives code -1, to be classified by the HTTP status (`classifyError(undefined, status)`).
 */
export function parseSendResponse(json: unknown): SendResponse {
  const accepted = acceptedSchema.safeParse(json);
  if (accepted.success && accepted.data.messages[0]) return { ok: true, wamid: accepted.data.messages[0].id };
  const failed = graphErrorSchema.safeParse(json);
  if (failed.success) {
    const { code, message, error_subcode, error_data, fbtrace_id } = failed.data.error;
    return {
      ok: false,
      error: compact({
        code,
        // Graph messages read "(#131047) Re-engagement message": the part after the code is the title.
        title: message?.replace(/^\(#\d+\)\s*/, ''),
        message,
        details: error_data?.details,
        subcode: error_subcode,
        fbtraceId: fbtrace_id,
      }),
    };
  }
  return { ok: false, error: { code: -1, message: 'WhatsApp answered with neither a message id nor an error.' } };
}
