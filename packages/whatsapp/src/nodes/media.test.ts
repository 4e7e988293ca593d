import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderMedia } from './media.ts';

describe('renderMedia', () => {
  it('sends an image by link with its filled caption', () => {
    const node = createNode('media', {
      mediaType: 'image',
      link: 'https://cdn.test/a.jpg',
      caption: 'For {{contact.name}}',
    });
    expect(renderMedia(node, { 'contact.name': 'Ana López' })).toEqual({
      type: 'image',
      image: { link: 'https://cdn.test/a.jpg', caption: 'For Ana López' },
    });
  });

  it('sends a document by media id with its filename', () => {
    const node = createNode('media', { mediaType: 'document', mediaId: '98765', filename: 'price-list.pdf' });
    expect(renderMedia(node, {})).toEqual({ type: 'document', document: { id: '98765', filename: 'price-list.pdf' } });
  });

  it('omits caption and filename where WhatsApp does not take them', () => {
    const audio = createNode('media', { mediaType: 'audio', mediaId: '1', caption: 'ignored', filename: 'x.mp3' });
    expect(renderMedia(audio, {})).toEqual({ type: 'audio', audio: { id: '1' } });
    const sticker = createNode('media', { mediaType: 'sticker', link: 'https://cdn.test/s.webp', caption: 'no' });
    expect(renderMedia(sticker, {})).toEqual({ type: 'sticker', sticker: { link: 'https://cdn.test/s.webp' } });
    const video = createNode('media', { mediaType: 'video', link: 'https://cdn.test/v.mp4', filename: 'v.mp4' });
    expect(renderMedia(video, {})).toEqual({ type: 'video', video: { link: 'https://cdn.test/v.mp4' } });
  });

  it('omits a caption that fills to nothing', () => {
    const node = createNode('media', { mediaType: 'image', mediaId: '7', caption: '{{unset}}' });
    expect(renderMedia(node, {})).toEqual({ type: 'image', image: { id: '7' } });
  });
});
