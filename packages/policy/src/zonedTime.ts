// Wall-clock time in IANA zones, shared by the server (stores a broadcast's schedule as UTC) and the editor (shows
// the instant the server will store), so both resolve daylight-saving gaps the same way. Pure: Intl only.
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether `timeZone` is an IANA zone this runtime knows ("Europe/Madrid", "UTC"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC instant (epoch ms) of a wall-clock time in an IANA time zone: "2026-03-05T10:00" in "Europe/Madrid" is
 * 09:00 UTC. Null when the text is not `YYYY-MM-DDTHH:mm[:ss]`. A time skipped by a daylight-saving jump resolves
 * to the instant an hour later; a repeated one to its first occurrence.
 */
export function zonedTimeToUtc(local: string, timeZone: string): number | null {
  const match = LOCAL.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (Number.isNaN(wall)) return null;
  // The offsets a day before and after cover both sides of any daylight-saving change.
  const before = wall - offsetAt(wall - DAY, timeZone);
  const after = wall - offsetAt(wall + DAY, timeZone);
  const valid = [before, after].filter((instant) => offsetAt(instant, timeZone) === wall - instant);
  return valid.length > 0 ? Math.min(...valid) : before;
}

const DAY = 86_400_000;

/** An instant as the wall-clock time of a zone: `YYYY-MM-DDTHH:mm`. */
export function utcToZonedTime(epochMs: number, timeZone: string): string {
  const parts = wallParts(epochMs, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** The zone's offset from UTC at an instant, in ms (local minus UTC). */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = wallParts(epochMs, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

function wallParts(epochMs: number, timeZone: string) {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 1970,
    month: values.month ?? 1,
    day: values.day ?? 1,
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

function formatter(timeZone: string): Intl.DateTimeFormat {
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
  return format;
}
