import { type InteractiveHeader as GraphInteractiveHeader, interpolate } from '@salesbot/graph';
import type { InteractiveHeader, MediaObject, OutboundMessage, PlaceholderValues } from '../types.ts';

/** Options every renderer receives. */
export interface RenderOptions {
  /** The session the message belongs to; Flow tokens carry it so a completion finds its session. */
  sessionId: string;
}

/** A marketer's text with its placeholders filled. */
export function fill(text: string, values: PlaceholderValues): string {
  return interpolate(text, values);
}

/** A filled optional text; undefined when unset or empty once filled (WhatsApp refuses empty headers and footers). */
export function fillOptional(text: string | undefined, values: PlaceholderValues): string | undefined {
  if (text === undefined) return undefined;
  const filled = interpolate(text, values);
  return filled === '' ? undefined : filled;
}

/** A graph media source as the Cloud API takes it: an uploaded media id wins over a link. */
export function mediaObject(source: { link?: string; mediaId?: string }): MediaObject {
  return source.mediaId ? { id: source.mediaId } : { link: source.link ?? '' };
}

/** The header of a reply-buttons or CTA URL message; undefined when there is none (or its text fills to ''). */
export function renderInteractiveHeader(
  header: GraphInteractiveHeader | undefined,
  values: PlaceholderValues,
): InteractiveHeader | undefined {
  if (!header) return undefined;
  switch (header.type) {
    case 'text': {
      const text = fillOptional(header.text, values);
      return text === undefined ? undefined : { type: 'text', text };
    }
    case 'image':
      return { type: 'image', image: mediaObject(header) };
    case 'video':
      return { type: 'video', video: mediaObject(header) };
    case 'document':
      return { type: 'document', document: mediaObject(header) };
  }
}

/** `{ header? , body, footer? }` of an interactive message, optional parts only when set. */
export function interactiveFrame<H>(
  header: H | undefined,
  body: string,
  footer: string | undefined,
): { header?: H; body: { text: string }; footer?: { text: string } } {
  return {
    ...(header === undefined ? {} : { header }),
    body: { text: body },
    ...(footer === undefined ? {} : { footer: { text: footer } }),
  };
}

/** A media message of the given type. */
export function mediaMessage(
  type: 'image' | 'video' | 'audio' | 'document' | 'sticker',
  media: MediaObject,
): OutboundMessage {
  switch (type) {
    case 'image':
      return { type, image: media };
    case 'video':
      return { type, video: media };
    case 'audio':
      return { type, audio: media };
    case 'document':
      return { type, document: media };
    case 'sticker':
      return { type, sticker: media };
  }
}
