/** Parses a JSON column, falling back when it is NULL. */
export function readJson<T>(text: unknown, fallback: T): T {
  if (typeof text !== 'string' || text === '') return fallback;
  return JSON.parse(text) as T;
}
