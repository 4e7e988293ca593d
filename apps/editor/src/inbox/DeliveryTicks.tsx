import type { InboxMessage } from './inboxTypes.ts';

const LABEL: Record<InboxMessage['status'], string> = {
  received: 'Received',
  queued: 'Waiting to send',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  played: 'Played',
  failed: 'Not delivered',
};

/** WhatsApp's ticks for a message the business sent: a clock while queued, one grey tick sent, two delivered, two blue read. */
export function DeliveryTicks({ status }: { status: InboxMessage['status'] }) {
  const label = LABEL[status];
  if (status === 'queued' || status === 'sending') {
    return (
      <svg
        className="ticks ticks--pending"
        viewBox="0 0 16 16"
        width="13"
        height="13"
        role="img"
        aria-label={label}
        data-status={status}
      >
        <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 4.8V8l2.2 1.4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
    );
  }
  if (status === 'failed') {
    return (
      <svg
        className="ticks ticks--failed"
        viewBox="0 0 16 16"
        width="14"
        height="14"
        role="img"
        aria-label={label}
        data-status={status}
      >
        <circle cx="8" cy="8" r="6.5" fill="currentColor" />
        <path d="M8 4.5v4.2M8 11.2v.1" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" />
      </svg>
    );
  }
  const double = status !== 'sent' && status !== 'received';
  const read = status === 'read' || status === 'played';
  return (
    <svg
      className={`ticks${read ? ' ticks--read' : ''}`}
      viewBox="0 0 18 11"
      width="16"
      height="11"
      role="img"
      aria-label={label}
      data-status={status}
    >
      <path d="M1 5.8 4.2 9 11 1.8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      {double ? (
        <path d="M7.4 8.4 8 9l6.8-7.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      ) : null}
    </svg>
  );
}
