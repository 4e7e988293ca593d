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
 * `sections.*.rows.*.title` on a list's data. Missing values are skipped. Matches come in document order.
 */
export function resolvePattern(root: unknown, pattern: string): Match[] {
  const matches: Match[] = [];
  collect(root, segmentsOf(pattern), 0, '', NO_INDICES, matches);
  return matches;
}

const NO_INDICES: number[] = [];
/** Patterns come from a few fixed tables: each is split once. */
const SEGMENTS = new Map<string, readonly string[]>();

function segmentsOf(pattern: string): readonly string[] {
  let segments = SEGMENTS.get(pattern);
  if (!segments) {
    segments = pattern.split('.');
    SEGMENTS.set(pattern, segments);
  }
  return segments;
}

/** Depth first, so the matches come in the order of the document; paths are built only along matching branches. */
function collect(
  value: unknown,
  segments: readonly string[],
  at: number,
  path: string,
  indices: number[],
  out: Match[],
): void {
  if (at === segments.length) {
    out.push({ path, value, indices });
    return;
  }
  const segment = segments[at] as string;
  if (segment === '*') {
    if (!Array.isArray(value)) return;
    for (let index = 0; index < value.length; index++) {
      const itemPath = path === '' ? String(index) : `${path}.${index}`;
      collect(value[index], segments, at + 1, itemPath, [...indices, index], out);
    }
    return;
  }
  if (!isRecord(value)) return;
  const child = value[segment];
  if (child === undefined) return;
  collect(child, segments, at + 1, path === '' ? segment : `${path}.${segment}`, indices, out);
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
