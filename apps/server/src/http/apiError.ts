import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The error body every `/api` failure answers with. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** An HTTPException carrying `{ error: { code, message, details? } }`; `app.onError` renders it. */
export function apiError(
  status: ContentfulStatusCode,
  code: string,
  message: string,
  details?: unknown,
): HTTPException {
  const body: ApiErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return new HTTPException(status, {
    message,
    res: new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  });
}
