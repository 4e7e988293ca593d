const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** Epoch milliseconds of a server time (a number, or an ISO string). */
export function toMs(at: number | string): number {
  return typeof at === 'number' ? at : Date.parse(at);
}

/** "3 minutes ago", "yesterday", "just now" for a server time, relative to `now`. */
export function formatRelativeTime(at: number | string, now: number): string {
  const time = toMs(at);
  if (Number.isNaN(time)) return '';
  const diff = time - now;
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return format.format(Math.round(diff / ms), unit);
  }
  return 'just now';
}

/** "12 Mar 2025, 14:05" for tooltips. */
export function formatDateTime(at: number | string): string {
  const time = toMs(at);
  if (Number.isNaN(time)) return String(at);
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
