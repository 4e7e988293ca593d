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
  const word = normaliseKeyword(said);
  if (word === '') return null;
  const optOut = settings.optOutKeywords.find((keyword) => normaliseKeyword(keyword) === word);
  if (optOut) return { action: 'optOut', keyword: optOut };
  const optIn = settings.optInKeywords.find((keyword) => normaliseKeyword(keyword) === word);
  return optIn ? { action: 'optIn', keyword: optIn } : null;
}

/** Upper case, no accents, no surrounding spaces or trailing punctuation, inner spaces collapsed. */
export function normaliseKeyword(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/[\s.!¡?¿,;:]+$/u, '')
    .replace(/^[¡¿]+/u, '')
    .replace(/\s+/g, ' ')
    .toUpperCase();
}
