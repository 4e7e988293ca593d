import type { ReplyValidation } from '@salesbot/graph';
import { normalizeText } from './normalizeText.ts';
import { parseNumber } from './parseNumber.ts';
import { safeRegExp } from './safeRegExp.ts';

export type ReplyCheck = { ok: true; value: string } | { ok: false };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s\-.()]+$/;

/**
 * Checks an answer against a `waitForReply` validation; the value to store is the trimmed text, a number written
 * back in plain form ("1,5" → "1.5"), or — for `choice` — the choice as written in the step.
 */
export function validateReply(validation: ReplyValidation, text: string): ReplyCheck {
  const answer = text.trim();
  switch (validation.kind) {
    case 'text': {
      const length = [...answer].length;
      if (validation.minLength !== undefined && length < validation.minLength) return { ok: false };
      if (validation.maxLength !== undefined && length > validation.maxLength) return { ok: false };
      return { ok: true, value: answer };
    }
    case 'number': {
      const number = parseNumber(answer);
      if (number === null) return { ok: false };
      if (validation.integer && !Number.isInteger(number)) return { ok: false };
      if (validation.min !== undefined && number < validation.min) return { ok: false };
      if (validation.max !== undefined && number > validation.max) return { ok: false };
      return { ok: true, value: String(number) };
    }
    case 'email':
      return EMAIL.test(answer) ? { ok: true, value: answer } : { ok: false };
    case 'phone': {
      const digits = answer.replace(/\D/g, '').length;
      return PHONE.test(answer) && digits >= 7 && digits <= 15 ? { ok: true, value: answer } : { ok: false };
    }
    case 'regex': {
      const pattern = safeRegExp(validation.pattern, validation.flags);
      return pattern?.test(answer) ? { ok: true, value: answer } : { ok: false };
    }
    case 'choice': {
      const wanted = normalizeText(answer);
      const choice = validation.choices.find((candidate) => normalizeText(candidate) === wanted);
      return choice === undefined ? { ok: false } : { ok: true, value: choice };
    }
  }
}
