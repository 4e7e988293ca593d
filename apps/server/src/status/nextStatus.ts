import type { MessageStatus } from '../store/messages.ts';

const RANK: Record<MessageStatus, number> = {
  received: 0,
  queued: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  played: 5,
  failed: 6,
};

/**
 * The status a message moves to when WhatsApp reports `incoming`, or null when it stays. Statuses only move
 * forward (sent < delivered < read < played), whatever order the webhooks arrive in. `failed` is terminal and
 * wins over queued/sending/sent; a `failed` after `delivered` or `read` cannot undo a delivery the customer saw,
 * so the status stays and only the error is recorded.
 */
export function nextStatus(current: MessageStatus, incoming: MessageStatus): MessageStatus | null {
  if (current === 'failed' || incoming === current) return null;
  if (incoming === 'failed') return RANK[current] >= RANK.delivered ? null : 'failed';
  return RANK[incoming] > RANK[current] ? incoming : null;
}
