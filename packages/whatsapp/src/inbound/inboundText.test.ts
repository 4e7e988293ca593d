import { describe, expect, it } from 'vitest';
import { inboundText } from './inboundText.ts';

describe('inboundText', () => {
  it('is the text a message carries', () => {
    expect(inboundText({ type: 'text', text: 'Hello' })).toBe('Hello');
    expect(inboundText({ type: 'buttonReply', id: 'yes', title: 'Yes please' })).toBe('Yes please');
    expect(inboundText({ type: 'listReply', id: 'r', title: 'Monday', description: 'd' })).toBe('Monday');
    expect(inboundText({ type: 'quickReply', payload: 'p', text: 'Stop promotions' })).toBe('Stop promotions');
    expect(inboundText({ type: 'media', mediaType: 'image', id: '1', caption: 'My sofa' })).toBe('My sofa');
  });

  it('is empty for messages without text', () => {
    expect(inboundText({ type: 'media', mediaType: 'audio', id: '1' })).toBe('');
    expect(inboundText({ type: 'location', latitude: 1, longitude: 2, name: 'HQ' })).toBe('');
    expect(inboundText({ type: 'flowReply', flowToken: 't', answers: { a: 1 } })).toBe('');
    expect(inboundText({ type: 'reaction', messageId: 'm', emoji: '👍' })).toBe('');
  });
});
