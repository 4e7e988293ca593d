import type { ErrorAction, ErrorClassification } from '../types.ts';
import { ERROR_CODES } from './errorCodes.ts';

/**
 * What to do about a failed send, from its WhatsApp error code and/or HTTP status. Without a code: no HTTP status
 * (timeout, network) or a 5xx/429/408 → retry; any other status → permanent. A known code follows the table; an
 * unknown one is retried only on a 5xx, else permanent. `sentence` is what the inbox shows, code first.
 */
export function classifyError(code: number | undefined, httpStatus?: number): ErrorClassification {
  const known = code === undefined || code < 0 ? undefined : ERROR_CODES[code];
  if (known) return classification(known.action, known.title, `${code}: ${known.sentence}`);
  const temporaryStatus = httpStatus !== undefined && (httpStatus >= 500 || httpStatus === 429 || httpStatus === 408);
  if (code !== undefined && code >= 0) {
    return temporaryStatus
      ? classification(
          'retry',
          'Temporary error',
          `${code}: WhatsApp answered HTTP ${httpStatus}; the message will be retried.`,
        )
      : classification(
          'permanent',
          'Unknown error',
          `${code}: WhatsApp refused the message with an error Salesbot does not know; it will not be retried.`,
        );
  }
  if (httpStatus === undefined) {
    return classification(
      'retry',
      'No answer',
      'WhatsApp did not answer (timeout or network error); the message will be retried.',
    );
  }
  return temporaryStatus
    ? classification(
        'retry',
        'Temporary error',
        `HTTP ${httpStatus}: WhatsApp had a temporary problem; the message will be retried.`,
      )
    : classification('permanent', 'Refused', `HTTP ${httpStatus}: WhatsApp refused the request without an error code.`);
}

function classification(action: ErrorAction, title: string, sentence: string): ErrorClassification {
  return { action, retryable: action === 'retry' || action === 'retryLater', title, sentence };
}
