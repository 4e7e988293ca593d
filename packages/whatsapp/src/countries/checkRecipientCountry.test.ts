import { describe, expect, it } from 'vitest';
import { checkRecipientCountry } from './checkRecipientCountry.ts';

describe('checkRecipientCountry', () => {
  it('refuses the countries where WhatsApp Business is not offered', () => {
    expect(checkRecipientCountry('5352123456')).toEqual({
      supported: false,
      country: 'Cuba',
      reason: 'WhatsApp Business is not offered in Cuba (+53).',
    });
    expect(checkRecipientCountry('989121234567')).toMatchObject({ supported: false, country: 'Iran' });
    expect(checkRecipientCountry('8501912345678')).toMatchObject({ supported: false, country: 'North Korea' });
    expect(checkRecipientCountry('963944123456')).toMatchObject({ supported: false, country: 'Syria' });
  });

  it('refuses Crimea, Donetsk and Luhansk prefixes under +7 and +380, saying the match is best effort', () => {
    expect(checkRecipientCountry('79781234567')).toEqual({
      supported: false,
      country: 'Crimea',
      reason:
        'WhatsApp Business is not offered in Crimea; numbers starting +7 978 are there (a best-effort match on the prefix).',
    });
    expect(checkRecipientCountry('79491234567')).toMatchObject({ supported: false, country: 'Donetsk region' });
    expect(checkRecipientCountry('79591234567')).toMatchObject({
      supported: false,
      country: 'Luhansk region',
      reason: expect.stringContaining('the Luhansk region; numbers starting +7 959'),
    });
    expect(checkRecipientCountry('380652123456')).toMatchObject({ supported: false, country: 'Crimea' });
    expect(checkRecipientCountry('380692123456')).toMatchObject({ supported: false, country: 'Crimea' });
    expect(checkRecipientCountry('380622123456')).toMatchObject({ supported: false, country: 'Donetsk region' });
    expect(checkRecipientCountry('380642123456')).toMatchObject({ supported: false, country: 'Luhansk region' });
  });

  it('accepts everywhere else, including the rest of Russia and Ukraine and neighbouring country codes', () => {
    for (const waId of [
      '15551234567',
      '34600111222',
      '79161234567',
      '380501234567',
      '852912345678',
      '9665012345678',
      '5511987654321',
    ]) {
      expect(checkRecipientCountry(waId)).toEqual({ supported: true });
    }
  });

  it('reads numbers written with + and separators', () => {
    expect(checkRecipientCountry('+53 5 212 3456')).toMatchObject({ supported: false, country: 'Cuba' });
  });
});
