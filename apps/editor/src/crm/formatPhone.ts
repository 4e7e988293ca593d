/** A WhatsApp id as people read it: "+34 600 111 222" (grouped in threes after the country code, best effort). */
export function formatPhone(waId: string): string {
  const digits = waId.replace(/\D/g, '');
  if (digits.length < 8) return `+${digits}`;
  // North American numbers: +1 555 123 4567; elsewhere the country code is taken as 2 digits.
  const country = digits.startsWith('1') ? 1 : 2;
  const rest = digits.slice(country);
  // Threes from the left; the last one or two groups take four digits so that no group is shorter than three.
  const fours = rest.length % 3 === 1 ? 1 : rest.length % 3 === 2 ? 2 : 0;
  const head = rest.slice(0, rest.length - fours * 4);
  const groups = [...(head.match(/.{3}/g) ?? []), ...(rest.slice(head.length).match(/.{4}/g) ?? [])];
  return `+${digits.slice(0, country)} ${groups.join(' ')}`;
}

/** The contact's name, or the phone number when there is none. */
export function contactLabel(contact: { name: string | null; waId: string }): string {
  return contact.name?.trim() || formatPhone(contact.waId);
}
