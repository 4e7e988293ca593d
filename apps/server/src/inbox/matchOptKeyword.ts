import type { InboundContent } from '@salesbot/whatsapp';
import type { InboxSettings } from './inboxSettings.ts';

export interface OptKeywordMatch {
  action: 'optOut' | 'optIn';
  /** The keyword as the workspace wrote it ("STOP"). */
  keyword: string;
}

/**
 * Whether a customer message is an opt-out or opt-in keyword: a text (or quick-reply) that is exactly one of the
 * keywords once case, accents, surrounding spaces and trailing punctuation are ignored — "stop", "Stop!" and
 * " BAJA " match; "please don't stop" does not (a keyword inside a sentence is not a request). Opt-out wins when a
 * word is in both lists.
 */
export function matchOptKeyword(content: InboundContent, settings: InboxSettings): OptKeywordMatch | null {
  const said = content.type === 'text' ? content.text : content.type === 'quickReply' ? content.text : null;
  if (said === null) return null;
  const optOuts = keywordIndex(settings.optOutKeywords);
  const optIns = keywordIndex(settings.optInKeywords);
  // Most messages are sentences, far longer than any keyword: no need to normalise them (every message passes
  // here). Measured without what normalising strips or collapses; twice the length leaves room for accents
  // written as combining marks.
  const core = trimEnds(said).replace(/\s+/g, ' ');
  if (core.length > Math.max(optOuts.longest, optIns.longest) * 2) return null;
  const word = normaliseKeyword(core);
  if (word === '') return null;
  const optOut = optOuts.byWord.get(word);
  if (optOut !== undefined) return { action: 'optOut', keyword: optOut };
  const optIn = optIns.byWord.get(word);
  return optIn !== undefined ? { action: 'optIn', keyword: optIn } : null;
}

interface KeywordIndex {
  /** Normalised keyword → the keyword as written (the first one, when two normalise alike). */
  byWord: Map<string, string>;
  /** The longest keyword as written, in characters. */
  longest: number;
}

const indexes = new Map<string, KeywordIndex>();

/** The keywords normalised once per list (settings are read per message; the lists rarely change). */
function keywordIndex(keywords: readonly string[]): KeywordIndex {
  const key = keywords.join('\u0000');
  let index = indexes.get(key);
  if (!index) {
    if (indexes.size >= 256) indexes.clear();
    index = { byWord: new Map(), longest: 0 };
    for (const keyword of keywords) {
      const word = normaliseKeyword(keyword);
      if (word !== '' && !index.byWord.has(word)) index.byWord.set(word, keyword);
      index.longest = Math.max(index.longest, keyword.length);
    }
    indexes.set(key, index);
  }
  return index;
}

/** Upper case, no accents, no surrounding spaces or trailing punctuation, inner spaces collapsed. */
export function normaliseKeyword(text: string): string {
  return trimEnds(text.normalize('NFD').replace(/\p{M}/gu, '')).replace(/\s+/g, ' ').toUpperCase();
}

/** Without surrounding spaces, trailing punctuation or leading inverted marks. */
function trimEnds(text: string): string {
  return text
    .trim()
    .replace(/[\s.!¡?¿,;:]+$/u, '')
    .replace(/^[¡¿]+/u, '');
}
