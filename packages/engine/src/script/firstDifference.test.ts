import { describe, expect, it } from 'vitest';
import { firstDifference } from './firstDifference.ts';

describe('firstDifference', () => {
  it('is null for equal JSON, whatever the key order', () => {
    expect(firstDifference({ a: [1, { b: 2 }], c: 'x' }, { c: 'x', a: [1, { b: 2 }] })).toBeNull();
  });
  it('names the first differing path with both values', () => {
    expect(firstDifference({ text: { body: 'Hi Ana' } }, { text: { body: 'Hi ' } }, 'bot[0]')).toEqual({
      path: 'bot[0].text.body',
      expected: 'Hi Ana',
      actual: 'Hi ',
    });
  });
  it('reports missing and extra keys and array items', () => {
    expect(firstDifference({ a: 1 }, {})).toEqual({ path: 'a', expected: 1, actual: undefined });
    expect(firstDifference({}, { b: 2 })).toEqual({ path: 'b', expected: undefined, actual: 2 });
    expect(firstDifference([1], [1, 2], 'bot')).toEqual({ path: 'bot[1]', expected: undefined, actual: 2 });
  });
});
