const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A short random id with a readable prefix (`buttons_k3f9a2`), not in `taken`. */
export function newId(prefix: string, taken: ReadonlySet<string> = new Set(), random: () => number = Math.random) {
  for (;;) {
    let suffix = '';
    for (let i = 0; i < 6; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length)];
    const id = `${prefix}_${suffix}`;
    if (!taken.has(id)) return id;
  }
}
