import { describe, expect, it } from 'vitest';
import { isValidWaId, normalisePhone } from './phone.ts';

describe('normalisePhone', () => {
  it('turns written numbers into E.164 digits', () => {
    expect(normalisePhone('+1 (555) 123-4567')).toBe('15551234567');
    expect(normalisePhone(' +34 600.111.222 ')).toBe('34600111222');
    expect(normalisePhone('0034 600 111 222')).toBe('34600111222');
    expect(normalisePhone('15551234567')).toBe('15551234567');
  });

  it('is null for what is not a phone number', () => {
    expect(normalisePhone('call me')).toBeNull();
    expect(normalisePhone('+1 555 CALL NOW')).toBeNull();
    expect(normalisePhone('12345')).toBeNull();
    expect(normalisePhone('+1234567890123456')).toBeNull();
    expect(normalisePhone('1+555')).toBeNull();
    expect(normalisePhone('')).toBeNull();
  });
});

describe('isValidWaId', () => {
  it('accepts 7–15 digits not starting with 0', () => {
    expect(isValidWaId('15551234567')).toBe(true);
    expect(isValidWaId('6834002')).toBe(true);
    expect(isValidWaId('123456789012345')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isValidWaId('+15551234567')).toBe(false);
    expect(isValidWaId('05551234567')).toBe(false);
    expect(isValidWaId('1555 123')).toBe(false);
    expect(isValidWaId('123456')).toBe(false);
    expect(isValidWaId('1234567890123456')).toBe(false);
  });
});
