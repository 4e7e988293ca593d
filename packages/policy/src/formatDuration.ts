const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span for people, rounded down to its two largest units: "2 d 5 h", "3 h 12 min", "45 min", and
 * "less than a minute" below one minute (negative spans count as zero).
 */
export function formatDuration(ms: number): string {
  const span = Math.max(0, Math.floor(ms));
  if (span < MINUTE) return 'less than a minute';
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** A window's length as an adjective for sentences: "24-hour", "72-hour". */
export function hoursLabel(ms: number): string {
  return `${Math.round(ms / HOUR)}-hour`;
}
