/** Where two JSON values first differ. */
export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

/**
 * The first place `actual` differs from `expected` (depth first, in `expected`'s key order, then keys only
 * `actual` has), or null when they are equal as JSON. A missing key shows as `undefined`.
 */
export function firstDifference(expected: unknown, actual: unknown, path = ''): Difference | null {
  if (Object.is(expected, actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const length = Math.max(expected.length, actual.length);
    for (let i = 0; i < length; i++) {
      const difference = firstDifference(expected[i], actual[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return null;
  }
  if (isObject(expected) && isObject(actual)) {
    const keys = [...Object.keys(expected), ...Object.keys(actual).filter((key) => !(key in expected))];
    for (const key of keys) {
      const difference = firstDifference(expected[key], actual[key], path === '' ? key : `${path}.${key}`);
      if (difference) return difference;
    }
    return null;
  }
  return { path, expected, actual };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
