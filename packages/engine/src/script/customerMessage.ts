import type { InboundContent, InboundMessage, OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import type { CustomerInput } from './scriptTypes.ts';

/** A send the simulated conversation has seen, newest last. */
export interface SentMessage {
  message: OutboundMessage;
  display?: TemplateDisplay;
}

/**
 * The inbound message a script's `customer` step stands for. Taps carry the title of the button, row or quick
 * reply the bot offered (looked up in what it sent, newest first); a Flow completion carries the token of the
 * newest Flow sent. An error string when the step names something the bot never offered.
 */
export function customerMessage(
  input: CustomerInput,
  sent: readonly SentMessage[],
  meta: { id: string; from: string; timestamp: number },
): InboundMessage | string {
  const content = customerContent(input, sent);
  if (typeof content === 'string') return content;
  const referral = input.referral;
  return { ...meta, ...(referral ? { referral: { ...referral } } : {}), content };
}

function customerContent(input: CustomerInput, sent: readonly SentMessage[]): InboundContent | string {
  if ('text' in input) return { type: 'text', text: input.text };
  if ('button' in input) {
    const title = findTitle(sent, (message) =>
      message.type === 'interactive' && message.interactive.type === 'button'
        ? message.interactive.action.buttons.find((button) => button.reply.id === input.button)?.reply.title
        : undefined,
    );
    return title === undefined
      ? `the bot offered no reply button "${input.button}"`
      : { type: 'buttonReply', id: input.button, title };
  }
  if ('list' in input) {
    const title = findTitle(sent, (message) =>
      message.type === 'interactive' && message.interactive.type === 'list'
        ? message.interactive.action.sections.flatMap((section) => section.rows).find((row) => row.id === input.list)
            ?.title
        : undefined,
    );
    return title === undefined
      ? `the bot offered no list row "${input.list}"`
      : { type: 'listReply', id: input.list, title };
  }
  if ('quickReply' in input) {
    const text = findQuickReplyText(sent, input.quickReply);
    return text === undefined
      ? `the bot sent no template with the quick reply "${input.quickReply}"`
      : { type: 'quickReply', payload: input.quickReply, text };
  }
  if ('flow' in input) {
    const flowToken = findFlowToken(sent);
    return flowToken === undefined
      ? 'the bot sent no WhatsApp Flow to submit'
      : { type: 'flowReply', flowToken, answers: input.flow };
  }
  if ('location' in input) return { type: 'location', ...input.location };
  for (const mediaType of ['image', 'video', 'audio', 'document', 'sticker'] as const) {
    if (mediaType in input) {
      const media = (
        input as Record<typeof mediaType, { id: string; mimeType?: string; caption?: string; filename?: string }>
      )[mediaType];
      return { type: 'media', mediaType, ...media };
    }
  }
  return 'the customer step sends nothing this runner knows (text, button, list, quickReply, flow, media, location)';
}

function findTitle(
  sent: readonly SentMessage[],
  pick: (message: OutboundMessage) => string | undefined,
): string | undefined {
  for (let i = sent.length - 1; i >= 0; i--) {
    const entry = sent[i];
    const title = entry ? pick(entry.message) : undefined;
    if (title !== undefined) return title;
  }
  return undefined;
}

function findQuickReplyText(sent: readonly SentMessage[], payload: string): string | undefined {
  for (let i = sent.length - 1; i >= 0; i--) {
    const display = sent[i]?.display;
    if (!display) continue;
    const buttons = [...display.buttons, ...(display.cards ?? []).flatMap((card) => card.buttons)];
    const button = buttons.find((candidate) => candidate.type === 'quickReply' && candidate.id === payload);
    if (button) return button.text;
  }
  return undefined;
}

function findFlowToken(sent: readonly SentMessage[]): string | undefined {
  for (let i = sent.length - 1; i >= 0; i--) {
    const message = sent[i]?.message;
    if (!message) continue;
    if (message.type === 'interactive' && message.interactive.type === 'flow') {
      return message.interactive.action.parameters.flow_token;
    }
    if (message.type === 'template') {
      for (const component of message.template.components ?? []) {
        if (component.type !== 'button' || component.sub_type !== 'flow') continue;
        const parameter = component.parameters[0];
        if (parameter?.type === 'action') return parameter.action.flow_token;
      }
    }
  }
  return undefined;
}
