const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span for people, rounded down to its two largest units: "2 d 5 h", "3 h 12 min", "45 min", and
 * "less than a minute" below one minute (negative spans count as zero); under two days in hours ("24 h",
 * "47 h 59 min").
 */
export function formatDuration(ms: number): string {
  const span = Math.max(0, Math.floor(ms));
  if (span < MINUTE) return 'less than a minute';
  const days = Math.floor(span / DAY);
  const hours = Math.floor((span % DAY) / HOUR);
  const minutes = Math.floor((span % HOUR) / MINUTE);
  // Under two days in hours: WhatsApp counts its windows in hours, and a fresh 24-hour window reads "24 h", not "1 d".
  if (days > 1) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  const allHours = days * 24 + hours;
  if (allHours > 0) return minutes > 0 ? `${allHours} h ${minutes} min` : `${allHours} h`;
  return `${minutes} min`;
}

/** A window's length as an adjective for sentences: "24-hour", "72-hour". */
export function hoursLabel(ms: number): string {
  return `${Math.round(ms / HOUR)}-hour`;
}
