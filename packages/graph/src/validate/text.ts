/** Characters as WhatsApp counts them: Unicode code points, not UTF-16 units. */
export function charCount(text: string): number {
  return [...text].length;
}

/** A text quoted for a message, shortened when long. */
export function quote(text: string, max = 40): string {
  const chars = [...text];
  return `“${chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text}”`;
}

/** How WhatsApp users (and the engine) compare titles: trimmed, case- and accent-insensitive. */
export function normalizeTitle(text: string): string {
  // Most titles are plain ASCII: nothing to decompose.
  if (PRINTABLE_ASCII.test(text)) return text.trim().toLowerCase();
  return text.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** `1 button`, `4 buttons`. */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

/** The candidate closest to `name` when it is a plausible typo (edit distance ≤ 2), for "did you mean" hints. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
