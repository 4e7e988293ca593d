import { describe, expect, it } from 'vitest';
import { normalizeText, sameText } from './normalizeText.ts';

describe('normalizeText', () => {
  it('trims, lowers and drops accents', () => {
    expect(normalizeText('  Ça VA Très Bien ')).toBe('ca va tres bien');
    expect(sameText('Mañana', 'MANANA')).toBe(true);
    expect(sameText('São', 'sao ')).toBe(true);
    expect(sameText('tea', 'team')).toBe(false);
  });
});
