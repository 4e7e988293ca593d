import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';

describe('newId', () => {
  it('has the prefix and 20 base-32 characters', () => {
    expect(newId('co')).toMatch(/^co_[0-9a-v]{20}$/);
  });

  it('makes unique ids that sort by the millisecond they were made in', async () => {
    const first = Array.from({ length: 2000 }, () => newId('ss'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const later = newId('ss');
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id < later).toBe(true);
    // The time part (9 characters) never goes backwards.
    const times = first.map((id) => id.slice(3, 12));
    expect([...times].sort()).toEqual(times);
  });
});
