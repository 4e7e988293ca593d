import { describe, expect, it } from 'vitest';
import { readPath, toVariableText } from './readPath.ts';

describe('readPath / toVariableText', () => {
  const body = { order: { id: 7, items: [{ name: 'Lamp' }], paid: true, note: null } };
  it('follows dotted paths through objects and arrays', () => {
    expect(readPath(body, 'order.items.0.name')).toBe('Lamp');
    expect(readPath(body, 'order.missing.x')).toBeUndefined();
    expect(readPath('text', 'a')).toBeUndefined();
  });
  it('keeps strings, writes numbers and booleans, objects as JSON, nothing as empty', () => {
    expect(toVariableText(readPath(body, 'order.id'))).toBe('7');
    expect(toVariableText(readPath(body, 'order.paid'))).toBe('true');
    expect(toVariableText(readPath(body, 'order.items'))).toBe('[{"name":"Lamp"}]');
    expect(toVariableText(readPath(body, 'order.note'))).toBe('');
  });
});
