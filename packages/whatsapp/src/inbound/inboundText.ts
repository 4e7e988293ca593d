import type { InboundContent } from '../types.ts';

/** The text a message carries: a text body, a reply's title, a quick reply's text, a media caption; '' otherwise. */
export function inboundText(content: InboundContent): string {
  switch (content.type) {
    case 'text':
      return content.text;
    case 'buttonReply':
    case 'listReply':
      return content.title;
    case 'quickReply':
      return content.text;
    case 'media':
      return content.caption ?? '';
    default:
      return '';
  }
}
