/**
 * Whether `phrase` occurs in `text` as whole words: not glued to a letter or digit on a side where the phrase
 * itself starts or ends with one ("book" is in "I want to book a cut" and "book!", not in "facebook" or
 * "booking"). Both are compared as `normalizeText` leaves them, runs of spaces counting as one. In scripts written
 * without spaces between words (Chinese, Japanese, Thai…) any character is a boundary, so there a keyword still
 * matches inside the message.
 */
export function containsWords(text: string, phrase: string): boolean {
  const haystack = collapseSpaces(text);
  const needle = collapseSpaces(phrase);
  if (needle === '') return false;
  const guardStart = isWordChar(firstCodePoint(needle));
  const guardEnd = isWordChar(lastCodePoint(needle, needle.length));
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (guardStart && at > 0 && isWordChar(lastCodePoint(haystack, at))) continue;
    if (guardEnd && end < haystack.length && isWordChar(haystack.codePointAt(end))) continue;
    return true;
  }
  return false;
}

/** Letters and digits, except in scripts that do not separate words with spaces. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function isWordChar(codePoint: number | undefined): boolean {
  if (codePoint === undefined) return false;
  const char = String.fromCodePoint(codePoint);
  return WORD_CHAR.test(char) && !UNSPACED_SCRIPT.test(char);
}

function firstCodePoint(text: string): number | undefined {
  return text.codePointAt(0);
}

/** The code point that ends just before `end` (a surrogate pair read whole). */
function lastCodePoint(text: string, end: number): number | undefined {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) return text.codePointAt(end - 2);
  return text.codePointAt(end - 1);
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
