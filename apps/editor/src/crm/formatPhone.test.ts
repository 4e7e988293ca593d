import { describe, expect, it } from 'vitest';
import { contactLabel, formatPhone } from './formatPhone.ts';

describe('formatPhone', () => {
  it.each([
    ['14155550123', '+1 415 555 0123'],
    ['34600111222', '+34 600 111 222'],
    ['447700900123', '+44 770 090 0123'],
    ['5511988887777', '+55 119 8888 7777'],
    ['1234567', '+1234567'],
  ])('%s → %s', (waId, shown) => {
    expect(formatPhone(waId)).toBe(shown);
  });

  it('names a contact by name, else by phone', () => {
    expect(contactLabel({ name: ' Ana ', waId: '34600111222' })).toBe('Ana');
    expect(contactLabel({ name: null, waId: '34600111222' })).toBe('+34 600 111 222');
  });
});
