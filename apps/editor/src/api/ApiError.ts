import type { Diagnostic } from '@salesbot/graph';

/** A failed API call: the HTTP status and the server's `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The diagnostics of a 422 (a flow that does not validate), if any. */
  get diagnostics(): Diagnostic[] {
    const details = this.details as { diagnostics?: Diagnostic[] } | undefined;
    return Array.isArray(details?.diagnostics) ? details.diagnostics : [];
  }
}

/** A sentence for any thrown value, for toasts and inline errors. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The server cannot be reached. Check that it is running.';
  if (error instanceof Error) return error.message;
  return String(error);
}
