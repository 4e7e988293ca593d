import type { NodeOf } from '@salesbot/graph';
import type { MediaObject, OutboundMessage, PlaceholderValues } from '../types.ts';
import { fillOptional, mediaMessage, mediaObject } from './shared.ts';

/**
 * A media step: `{ type: "<mediaType>", <mediaType>: { link | id, caption?, filename? } }`.
 * WhatsApp takes no caption on audio and stickers, and a filename on documents only, so those are dropped.
 */
export function renderMedia(node: NodeOf<'media'>, values: PlaceholderValues): OutboundMessage {
  const { mediaType, caption, filename } = node.data;
  const filledCaption = mediaType === 'audio' || mediaType === 'sticker' ? undefined : fillOptional(caption, values);
  const media: MediaObject = {
    ...mediaObject(node.data),
    ...(filledCaption === undefined ? {} : { caption: filledCaption }),
    ...(mediaType === 'document' && filename ? { filename } : {}),
  };
  return mediaMessage(mediaType, media);
}
