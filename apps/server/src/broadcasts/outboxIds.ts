/** Outbox ids of broadcast sends start with this; nothing else does. */
export const BROADCAST_OUTBOX_PREFIX = 'bcast:';

/** The outbox id (and idempotency key) of one recipient's send: `bcast:<broadcast id>:<seq>`. */
export function broadcastOutboxId(broadcastId: string, seq: number): string {
  return `${BROADCAST_OUTBOX_PREFIX}${broadcastId}:${seq}`;
}

/** The broadcast and recipient an outbox id belongs to, or null for any other send. */
export function parseBroadcastOutboxId(
  outboxId: string | null | undefined,
): { broadcastId: string; seq: number } | null {
  if (!outboxId?.startsWith(BROADCAST_OUTBOX_PREFIX)) return null;
  const rest = outboxId.slice(BROADCAST_OUTBOX_PREFIX.length);
  const colon = rest.lastIndexOf(':');
  const seq = Number(rest.slice(colon + 1));
  return colon > 0 && Number.isInteger(seq) ? { broadcastId: rest.slice(0, colon), seq } : null;
}
