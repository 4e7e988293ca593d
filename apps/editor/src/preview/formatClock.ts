const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
const dayTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

/** "09:41": a bubble's time. */
export const formatTime = (at: number) => time.format(at);
/** "Mon, 2 Mar 2026": a date chip between days. */
export const formatDay = (at: number) => day.format(at);
/** "Mon 2 Mar, 09:41": the simulated clock. */
export const formatDayTime = (at: number) => dayTime.format(at);

/** The calendar day of `at` in the browser's time zone, for grouping bubbles. */
export function dayKey(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

/** `at` as the value of a `datetime-local` input (local time, minutes). */
export function toLocalInput(at: number): string {
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(
    date.getMinutes(),
  )}`;
}
