/**
 * `value` set at a dotted path (`buttons.0.title`) of `target`, copying only the objects and arrays on the way.
 * `undefined` removes the key (optional fields); on an array index it removes the item.
 */
export function setIn<T>(target: T, path: string, value: unknown): T {
  const keys = path.split('.').filter(Boolean);
  return setAt(target, keys, value) as T;
}

function setAt(target: unknown, keys: string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  if (Array.isArray(target)) {
    const index = Number(key);
    const copy = target.slice();
    if (rest.length === 0 && value === undefined) copy.splice(index, 1);
    else copy[index] = setAt(target[index], rest, value);
    return copy;
  }
  const object = (target && typeof target === 'object' ? target : {}) as Record<string, unknown>;
  const next = setAt(object[key], rest, value);
  const copy = { ...object };
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** The value at a dotted path, or undefined. */
export function getIn(target: unknown, path: string): unknown {
  let current = target;
  for (const key of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
