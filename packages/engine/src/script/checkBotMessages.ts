import type { Effect } from '../types.ts';
import { firstDifference } from './firstDifference.ts';
import type { BotExpectation } from './scriptTypes.ts';

type SendEffect = Extract<Effect, { type: 'send' }>;

/** Compares the bot's sends with a `bot` step: the same messages in the same order, and the prices it names. */
export function checkBotMessages(
  expected: readonly BotExpectation[],
  sent: readonly SendEffect[],
): { message: string; path?: string; expected?: unknown; actual?: unknown } | null {
  const messages = expected.map((entry) => ('message' in entry && !('type' in entry) ? entry.message : entry));
  const difference = firstDifference(
    messages,
    sent.map((effect) => effect.message),
    'bot',
  );
  if (difference) {
    const countsDiffer = messages.length !== sent.length;
    return {
      message: countsDiffer
        ? `the bot sent ${sent.length} message(s), the script lists ${messages.length}`
        : 'a bot message differs',
      ...difference,
    };
  }
  for (const [i, entry] of expected.entries()) {
    if (!('price' in entry) || entry.price === undefined) continue;
    const actual = sent[i]?.price;
    if (actual !== entry.price) {
      return { message: 'the price differs', path: `bot[${i}].price`, expected: entry.price, actual };
    }
  }
  return null;
}
