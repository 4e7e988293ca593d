import type { OutboundMessage, WireMessageKind } from './types.ts';

/** The policy's kind of a message body: everything but `template` is free-form and needs the 24-hour window. */
export function messageKindOf(message: OutboundMessage): WireMessageKind {
  switch (message.type) {
    case 'text':
      return 'text';
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return 'media';
    case 'template':
      return 'template';
    case 'interactive':
      switch (message.interactive.type) {
        case 'button':
          return 'buttons';
        case 'list':
          return 'list';
        case 'cta_url':
          return 'ctaUrl';
        case 'flow':
          return 'flow';
        case 'location_request_message':
          return 'locationRequest';
      }
  }
}
