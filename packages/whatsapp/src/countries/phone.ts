/** A WhatsApp id: an E.164 number as digits, no `+`, 7–15 digits, not starting with 0. */
const WA_ID = /^[1-9]\d{6,14}$/;

/** Whether a string is a WhatsApp id (E.164 digits without `+`). */
export function isValidWaId(waId: string): boolean {
  return WA_ID.test(waId);
}

/**
 * A phone number as a marketer or customer writes it — `+1 (555) 123-4567`, `0034 600 111 222` — as E.164 digits
 * (`15551234567`), or null when it holds anything but digits, spaces, dashes, dots, parentheses and a leading `+`
 * or `00`, or is not 7–15 digits long. It cannot add a missing country code.
 */
export function normalisePhone(input: string): string | null {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  let digits = trimmed.replace(/\D/g, '');
  // "00" is the international call prefix in most of the world: 0034… is +34….
  if (!trimmed.startsWith('+') && digits.startsWith('00')) digits = digits.slice(2);
  return isValidWaId(digits) ? digits : null;
}
