import type { CustomerInput } from '@salesbot/engine';
import type { OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import type { TranscriptEntry } from './previewTypes.ts';

type BotEntry = Extract<TranscriptEntry, { kind: 'bot' }>;

/**
 * For a tap (button, list row, template quick reply): the bot message that offered it (newest first, as WhatsApp
 * quotes it) and the tapped title. Null for other inputs or an id no message offered.
 */
export function tappedOffer(
  input: CustomerInput,
  before: readonly TranscriptEntry[],
): { entry: BotEntry; title: string; description?: string } | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const entry = before[i];
    if (entry?.kind !== 'bot') continue;
    const found = offerIn(input, entry.send.message, entry.send.display);
    if (found) return { entry, ...found };
  }
  return null;
}

function offerIn(
  input: CustomerInput,
  message: OutboundMessage,
  display: TemplateDisplay | undefined,
): { title: string; description?: string } | null {
  if ('button' in input && message.type === 'interactive' && message.interactive.type === 'button') {
    const button = message.interactive.action.buttons.find((candidate) => candidate.reply.id === input.button);
    return button ? { title: button.reply.title } : null;
  }
  if ('list' in input && message.type === 'interactive' && message.interactive.type === 'list') {
    const rows = message.interactive.action.sections.flatMap((section) => section.rows);
    const row = rows.find((candidate) => candidate.id === input.list);
    return row ? { title: row.title, ...(row.description ? { description: row.description } : {}) } : null;
  }
  if ('quickReply' in input && display) {
    const buttons = [...display.buttons, ...(display.cards ?? []).flatMap((card) => card.buttons)];
    const button = buttons.find((candidate) => candidate.type === 'quickReply' && candidate.id === input.quickReply);
    return button ? { title: button.text } : null;
  }
  return null;
}

/** The first line of what a bot message says, for a quote above the customer's reply. */
export function messageSnippet(message: OutboundMessage, display?: TemplateDisplay): string {
  const text = (() => {
    if (message.type === 'text') return message.text.body;
    if (message.type === 'interactive') return message.interactive.body.text;
    if (message.type === 'template') return display?.body ?? message.template.name;
    const media = (message as unknown as Record<string, { caption?: string } | undefined>)[message.type];
    return media?.caption ?? message.type;
  })();
  const line = text.split('\n').find((part) => part.trim() !== '') ?? '';
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}
