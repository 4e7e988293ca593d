const NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** A number as people type it, with `.` or `,` as the decimal mark ("1,5", "-3", ".5"); null otherwise. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}
