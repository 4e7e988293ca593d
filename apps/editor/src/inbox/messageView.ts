import type { InboundContent, OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import { classifyError, inboundText } from '@salesbot/whatsapp';
import type { InboxMessage } from './inboxTypes.ts';

/** Who wrote a message, as the inbox tells them apart. */
export type SenderKind = 'customer' | 'bot' | 'agent' | 'phone' | 'broadcast' | 'system';

/** A stored message ready to draw. */
export interface MessageView {
  id: number;
  sender: SenderKind;
  /** "Bot · Lead qualification" (the flow's name when known), "Sam", "Phone app", "Broadcast", "Opt-out confirmation". */
  label: string;
  /** The body to draw with the shared bubble (null: `other` says what it was). */
  message: OutboundMessage | null;
  display: TemplateDisplay | null;
  /** What an inbound interactive answer or an unusual message was ("Tapped “Get a quote”"…). */
  note: string | null;
  /** Inbound Flow answers, drawn as a list. */
  answers: [string, string][] | null;
  /** The policy's reason the message was allowed (bot and agent sends). */
  reason: string | null;
  failure: { code: number | null; title: string; sentence: string } | null;
}

interface StoredOutbound {
  message?: OutboundMessage;
  display?: TemplateDisplay;
  reason?: string;
  agent?: string;
  system?: string;
}

const SYSTEM_LABEL: Record<string, string> = { optOut: 'Opt-out confirmation', optIn: 'Opt-in confirmation' };

/** How to draw a stored message: its bubble body, who sent it, and what failed. */
export function messageView(row: InboxMessage, flowOfSession?: (sessionId: string) => string | undefined): MessageView {
  const base = { id: row.id, display: null, note: null, answers: null, reason: null, failure: failureOf(row) };
  if (row.direction === 'in')
    return { ...base, ...inboundView(row.content as InboundContent), sender: 'customer', label: '' };
  if (row.sender === 'echo') {
    return { ...base, ...inboundView(row.content as InboundContent), sender: 'phone', label: 'Phone app' };
  }
  const content = (row.content ?? {}) as StoredOutbound;
  const message = content.message ?? null;
  const display = content.display ?? null;
  const reason = content.reason ?? null;
  if (content.system) {
    return {
      ...base,
      message,
      display,
      reason,
      sender: 'system',
      label: SYSTEM_LABEL[content.system] ?? 'Automatic reply',
    };
  }
  if (row.sender === 'agent')
    return { ...base, message, display, reason, sender: 'agent', label: content.agent ?? 'Agent' };
  if (row.sender === 'broadcast') return { ...base, message, display, reason, sender: 'broadcast', label: 'Broadcast' };
  const flow = row.sessionId ? flowOfSession?.(row.sessionId) : undefined;
  return { ...base, message, display, reason, sender: 'bot', label: flow ? `Bot · ${flow}` : 'Bot' };
}

/**
 * One line for the conversation list: what the last message said. `templateBody` gives the text of a template
 * message that was stored without its display (an agent's), when the workspace's copy is at hand.
 */
export function messagePreview(
  row: InboxMessage,
  templateBody?: (message: Extract<OutboundMessage, { type: 'template' }>) => string | null,
): string {
  if (row.direction === 'in' || row.sender === 'echo') return inboundPreview(row.content as InboundContent);
  const message = ((row.content ?? {}) as StoredOutbound).message;
  if (!message) return row.type;
  const display = ((row.content ?? {}) as StoredOutbound).display;
  switch (message.type) {
    case 'text':
      return message.text.body;
    case 'interactive':
      return message.interactive.body.text;
    case 'template':
      return display?.body ?? templateBody?.(message) ?? `Template ${message.template.name}`;
    default: {
      const media = (message as unknown as Record<string, { caption?: string }>)[message.type];
      return `${MEDIA_LABEL[message.type] ?? 'Media'}${media?.caption ? ` · ${media.caption}` : ''}`;
    }
  }
}

const MEDIA_LABEL: Record<string, string> = {
  image: 'Photo',
  video: 'Video',
  audio: 'Audio',
  document: 'Document',
  sticker: 'Sticker',
};

function inboundView(content: InboundContent): Pick<MessageView, 'message' | 'note' | 'answers'> {
  const none = { message: null, note: null, answers: null };
  if (!content || typeof content !== 'object') return { ...none, note: 'An empty message' };
  switch (content.type) {
    case 'text':
      return { ...none, message: { type: 'text', text: { body: content.text } } };
    case 'buttonReply':
      return { ...none, message: { type: 'text', text: { body: content.title } }, note: 'Tapped a button' };
    case 'listReply':
      return {
        ...none,
        message: {
          type: 'text',
          text: { body: content.description ? `${content.title}\n${content.description}` : content.title },
        },
        note: 'Picked from a list',
      };
    case 'quickReply':
      return { ...none, message: { type: 'text', text: { body: content.text } }, note: 'Tapped a template button' };
    case 'media': {
      const media = {
        id: content.id,
        ...(content.caption ? { caption: content.caption } : {}),
        ...(content.filename ? { filename: content.filename } : {}),
      };
      return { ...none, message: { type: content.mediaType, [content.mediaType]: media } as OutboundMessage };
    }
    case 'location':
      return {
        ...none,
        message: {
          type: 'text',
          text: {
            body: [content.name, content.address, `${content.latitude}, ${content.longitude}`]
              .filter(Boolean)
              .join('\n'),
          },
        },
        note: 'Shared a location',
      };
    case 'flowReply':
      return {
        ...none,
        note: 'Sent a form',
        answers: Object.entries(content.answers).map(([key, value]) => [
          key,
          typeof value === 'string' ? value : JSON.stringify(value),
        ]),
      };
    case 'reaction':
      return { ...none, note: content.emoji ? `Reacted ${content.emoji}` : 'Removed a reaction' };
    case 'contacts':
      return { ...none, note: 'Shared a contact card' };
    case 'order':
      return { ...none, note: 'Sent an order' };
    case 'system':
      return { ...none, note: content.body ?? 'A WhatsApp system message' };
    default:
      return { ...none, note: 'A message WhatsApp does not support' };
  }
}

function inboundPreview(content: InboundContent): string {
  if (!content || typeof content !== 'object') return '';
  switch (content.type) {
    case 'text':
    case 'buttonReply':
    case 'listReply':
    case 'quickReply':
      return inboundText(content);
    case 'media':
      return `${MEDIA_LABEL[content.mediaType] ?? 'Media'}${content.caption ? ` · ${content.caption}` : ''}`;
    case 'location':
      return `Location${content.name ? ` · ${content.name}` : ''}`;
    case 'flowReply':
      return 'Form answers';
    case 'reaction':
      return `Reacted ${content.emoji}`;
    default:
      return content.type;
  }
}

function failureOf(row: InboxMessage): MessageView['failure'] {
  if (row.status !== 'failed') return null;
  const classification = classifyError(row.errorCode ?? undefined);
  return {
    code: row.errorCode,
    title: classification.title,
    sentence: row.errorCode === null && row.errorMessage ? row.errorMessage : classification.sentence,
  };
}
