import { classifyError, type ErrorAction } from '@salesbot/whatsapp';
import type { SendResult } from '../transport/types.ts';

export type SendDecision =
  | { action: 'sent'; wamid: string }
  | {
      action: 'retry';
      code: number | null;
      message: string;
      /** 130429: the number is over its throughput. */
      slowChannel: boolean;
      /** 131056 (`retryLater`): too fast to this customer. */
      slowRecipient: boolean;
    }
  | { action: 'failed'; code: number | null; message: string; reason: ErrorAction }
  | { action: 'stopChannel'; code: number | null; message: string }
  /** No answer, and the request may have reached WhatsApp: settled like a send left in flight by a crash. */
  | { action: 'unknown'; message: string };

/** What the outbox does with a send's answer, by WhatsApp's error code and the HTTP status (`classifyError`). */
export function classifySendResult(result: SendResult): SendDecision {
  if (result.ok) return { action: 'sent', wamid: result.wamid };
  const { code, message, httpStatus } = result;
  if (result.ambiguous) return { action: 'unknown', message };
  const classification = classifyError(code ?? undefined, httpStatus ?? undefined);
  const text = code === null ? message : classification.sentence;
  switch (classification.action) {
    case 'retry':
    case 'retryLater':
      return {
        action: 'retry',
        code,
        message: text,
        slowChannel: code === 130429,
        slowRecipient: classification.action === 'retryLater',
      };
    case 'stopChannel':
      return { action: 'stopChannel', code, message: text };
    default:
      return { action: 'failed', code, message: text, reason: classification.action };
  }
}
