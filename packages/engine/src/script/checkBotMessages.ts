import type { PriceCategory } from '@salesbot/policy';
import type { OutboundMessage } from '@salesbot/whatsapp';
import type { Effect } from '../types.ts';
import { firstDifference } from './firstDifference.ts';
import type { BotExpectation } from './scriptTypes.ts';

/** A `bot` entry's message body and, when given, the price it must have had. */
export function botExpectationParts(entry: BotExpectation): { message: OutboundMessage; price?: PriceCategory } {
  // No Cloud API body has a `message` key, so its presence tells the two forms apart.
  return 'message' in entry ? entry : { message: entry };
}

type SendEffect = Extract<Effect, { type: 'send' }>;

/** Compares the bot's sends with a `bot` step: the same messages in the same order, and the prices it names. */
export function checkBotMessages(
  expected: readonly BotExpectation[],
  sent: readonly SendEffect[],
): { message: string; path?: string; expected?: unknown; actual?: unknown } | null {
  const messages = expected.map((entry) => botExpectationParts(entry).message);
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
    const { price } = botExpectationParts(entry);
    if (price === undefined) continue;
    const actual = sent[i]?.price;
    if (actual !== price) return { message: 'the price differs', path: `bot[${i}].price`, expected: price, actual };
  }
  return null;
}
