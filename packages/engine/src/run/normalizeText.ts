/** A text for comparing as people mean it: trimmed, lower case, accents removed ("  Café " → "cafe"). */
export function normalizeText(text: string): string {
  return text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Equal once both are normalised. */
export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}
