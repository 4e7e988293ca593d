import { type ConversationFacts, formatDuration, getWindowState } from '@salesbot/policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** ok: plenty of time; warn: running out; urgent: about to close; closed: over; none: never opened. */
export type TimerTone = 'ok' | 'warn' | 'urgent' | 'closed' | 'none';

export interface WindowTimer {
  open: boolean;
  remainingMs: number;
  tone: TimerTone;
  /** "23h 12m", "closed 2h ago"… for the list; `long` for sentences. */
  short: string;
  long: string;
}

export interface ConversationTimers {
  /** The 24-hour customer-service window. */
  service: WindowTimer;
  /** The 72-hour free entry-point window; null when the conversation never came from an ad or page button. */
  entry: (WindowTimer & { awaitingReplyUntil: number | null }) | null;
}

/**
 * Both windows of a conversation at `now`, with how urgent each is: the customer-service window turns amber under
 * 4 hours and red under 1 hour; the free entry-point window amber under 12 hours and red under 3 hours.
 */
export function conversationTimers(facts: ConversationFacts, now: number): ConversationTimers {
  const state = getWindowState(facts, now);
  const csw = state.customerService;
  const service: WindowTimer = csw.open
    ? {
        open: true,
        remainingMs: csw.remainingMs,
        tone: toneOf(csw.remainingMs, 4 * HOUR, HOUR),
        short: compactDuration(csw.remainingMs),
        long: `${formatDuration(csw.remainingMs)} left in the 24-hour window`,
      }
    : csw.closesAt === null
      ? { open: false, remainingMs: 0, tone: 'none', short: 'no window', long: 'The customer has not written yet' }
      : {
          open: false,
          remainingMs: 0,
          tone: 'closed',
          short: `closed ${compactDuration(now - csw.closesAt)} ago`,
          long: `The 24-hour window closed ${formatDuration(now - csw.closesAt)} ago`,
        };
  const fep = state.entryPoint;
  const entry =
    fep.status === 'open'
      ? {
          open: true,
          remainingMs: fep.remainingMs,
          tone: toneOf(fep.remainingMs, 12 * HOUR, 3 * HOUR),
          short: `free ${compactDuration(fep.remainingMs)}`,
          long: `${formatDuration(fep.remainingMs)} left in the free 72-hour entry-point window`,
          awaitingReplyUntil: fep.replyDeadline,
        }
      : fep.status === 'awaitingReply'
        ? {
            open: false,
            remainingMs: 0,
            tone: 'ok' as const,
            short: 'free 72h on reply',
            long: `Came from an ad: the first reply before ${formatDuration((fep.replyDeadline ?? now) - now)} from now opens 72 free hours`,
            awaitingReplyUntil: fep.replyDeadline,
          }
        : fep.status === 'expired'
          ? {
              open: false,
              remainingMs: 0,
              tone: 'closed' as const,
              short: 'free window over',
              long: 'The free entry-point window is over',
              awaitingReplyUntil: null,
            }
          : null;
  return { service, entry };
}

/** "2d 3h", "24h", "23h 12m", "45m", "<1m" (hours up to a day and an hour: a fresh window reads "24h"). */
export function compactDuration(ms: number): string {
  const span = Math.max(0, Math.floor(ms));
  if (span < MINUTE) return '<1m';
  const days = span < 25 * HOUR ? 0 : Math.floor(span / (24 * HOUR));
  const hours = Math.floor((days > 0 ? span % (24 * HOUR) : span) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days}d ${hours}h` : `${days}d`;
  if (hours > 0) return minutes > 0 ? `${hours}h ${minutes}m` : `${hours}h`;
  return `${minutes}m`;
}

function toneOf(remainingMs: number, warnBelow: number, urgentBelow: number): TimerTone {
  if (remainingMs < urgentBelow) return 'urgent';
  if (remainingMs < warnBelow) return 'warn';
  return 'ok';
}
