/** One value found at a concrete path. */
export interface Match {
  /** Dotted, e.g. `sections.0.rows.2.title`. */
  path: string;
  value: unknown;
  /** The indices the `*` segments took, in order. */
  indices: number[];
}

/**
 * Every value at a dotted path pattern whose `*` segments stand for any array index:
 * `sections.*.rows.*.title` on a list's data. Missing values are skipped.
 */
export function resolvePattern(root: unknown, pattern: string): Match[] {
  let matches: Match[] = [{ path: '', value: root, indices: [] }];
  for (const segment of pattern.split('.')) {
    const next: Match[] = [];
    for (const match of matches) {
      const { value } = match;
      if (segment === '*') {
        if (!Array.isArray(value)) continue;
        value.forEach((item, index) => {
          next.push({ path: join(match.path, String(index)), value: item, indices: [...match.indices, index] });
        });
      } else if (isRecord(value) && value[segment] !== undefined) {
        next.push({ path: join(match.path, segment), value: value[segment], indices: match.indices });
      }
    }
    matches = next;
  }
  return matches;
}

/** The value at a concrete path (`(string | number)[]`), or undefined. */
export function getAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isRecord(value) && typeof key !== 'symbol') value = value[String(key)];
    else return undefined;
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a` + `b` → `a.b` (and `b` when `a` is empty). */
export function join(...parts: (string | number)[]): string {
  return parts.filter((part) => part !== '').join('.');
}
