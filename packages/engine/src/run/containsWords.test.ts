import { describe, expect, it } from 'vitest';
import { containsWords } from './containsWords.ts';
import { normalizeText } from './normalizeText.ts';

const contains = (text: string, keyword: string) => containsWords(normalizeText(text), normalizeText(keyword));

describe('containsWords', () => {
  it.each([
    ['I want to book a cut', 'book', true],
    ['Book, please', 'book', true],
    ['book!', 'book', true],
    ['(book)', 'book', true],
    ['facebook', 'book', false],
    ['I am booking', 'book', false],
    ['bookbook book', 'book', true],
    ['e-book', 'book', true],
    ['2 for 1', '1', true],
    ['room 12', '1', false],
  ])('“%s” has “%s” as a word: %s', (text, keyword, expected) => {
    expect(contains(text, keyword)).toBe(expected);
  });

  it('ignores case and accents', () => {
    expect(contains('Quero marcar uma CITA', 'cita')).toBe(true);
    expect(contains('qual o PREÇO?', 'preco')).toBe(true);
    expect(contains('Ça coûte combien', 'cout')).toBe(false);
  });

  it('matches a phrase of several words, however many spaces the customer typed', () => {
    expect(contains('I want to  book   a cut today', 'book a cut')).toBe(true);
    expect(contains('I want to book a cutting', 'book a cut')).toBe(false);
  });

  it('only guards the edges of a keyword that are letters or digits', () => {
    expect(contains('use code #promo now', '#promo')).toBe(true);
    expect(contains('x#promo', '#promo')).toBe(true);
    expect(contains('#promotion', '#promo')).toBe(false);
    expect(contains('is it 50% off?', '50%')).toBe(true);
  });

  it('treats every character as a boundary in scripts written without spaces', () => {
    expect(contains('我想预约明天', '预约')).toBe(true);
    expect(contains('予約したいです', '予約')).toBe(true);
    expect(contains('ขอจองคิว', 'จอง')).toBe(true);
  });

  it('reads characters outside the basic plane whole', () => {
    expect(contains('𝐀book', 'book')).toBe(false);
    expect(contains('🎉book', 'book')).toBe(true);
  });

  it('never matches an empty keyword', () => {
    expect(contains('anything', '   ')).toBe(false);
  });
});
