const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY = 86_400_000;

/** The IANA time zones the browser knows, the browser's own first. */
export function timeZones(): string[] {
  const own = browserTimeZone();
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return [own, ...all.filter((zone) => zone !== own)];
}

/** The browser's time zone ("Europe/Madrid"). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The UTC instant of a wall-clock time (`YYYY-MM-DDTHH:mm`) in a time zone, as the server computes it (a time
 * skipped by a daylight-saving jump moves an hour later); null when malformed.
 */
export function zonedToUtc(local: string, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  const before = wall - offset(wall - DAY, timeZone);
  const after = wall - offset(wall + DAY, timeZone);
  const valid = [before, after].filter((instant) => offset(instant, timeZone) === wall - instant);
  return valid.length > 0 ? Math.min(...valid) : before;
}

/** An instant as "Tue 3 Mar 2026, 10:00" in a time zone. */
export function formatInZone(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(epochMs);
}

/** `YYYY-MM-DDTHH:mm` of an instant in a zone (what a datetime-local input holds). */
export function toLocalInput(epochMs: number, timeZone: string): string {
  const parts = wallParts(epochMs, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

function offset(epochMs: number, timeZone: string): number {
  const parts = wallParts(epochMs, timeZone);
  return (
    Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) -
    Math.floor(epochMs / 1000) * 1000
  );
}

function wallParts(epochMs: number, timeZone: string) {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const values: Record<string, number> = {};
  for (const part of format.formatToParts(epochMs)) if (part.type !== 'literal') values[part.type] = Number(part.value);
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}
