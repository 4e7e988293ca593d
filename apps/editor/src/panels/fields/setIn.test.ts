import { describe, expect, it } from 'vitest';
import { getIn, setIn } from './setIn.ts';

describe('setIn', () => {
  it('sets a nested value without touching the input', () => {
    const data = {
      buttons: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      body: 'x',
    };
    const next = setIn(data, 'buttons.1.title', 'Bee');
    expect(next).toEqual({
      buttons: [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'Bee' },
      ],
      body: 'x',
    });
    expect(data.buttons[1]?.title).toBe('B');
    expect(next.buttons[0]).toBe(data.buttons[0]);
  });

  it('removes a key or an item for undefined', () => {
    expect(setIn({ a: 1, footer: 'f' }, 'footer', undefined)).toEqual({ a: 1 });
    expect(setIn({ list: [1, 2, 3] }, 'list.1', undefined)).toEqual({ list: [1, 3] });
  });

  it('reads a path', () => {
    expect(getIn({ a: [{ b: 'c' }] }, 'a.0.b')).toBe('c');
    expect(getIn({ a: 1 }, 'a.b')).toBeUndefined();
  });
});
