import { describe, expect, it } from 'vitest';
import { messageKindOf } from './messageKindOf.ts';

describe('messageKindOf', () => {
  it('maps each wire message to its policy kind', () => {
    expect(messageKindOf({ type: 'text', text: { body: 'x' } })).toBe('text');
    expect(messageKindOf({ type: 'sticker', sticker: { id: '1' } })).toBe('media');
    expect(messageKindOf({ type: 'audio', audio: { id: '1' } })).toBe('media');
    expect(messageKindOf({ type: 'template', template: { name: 'n', language: { code: 'en' } } })).toBe('template');
    expect(
      messageKindOf({
        type: 'interactive',
        interactive: { type: 'location_request_message', body: { text: 'Where?' }, action: { name: 'send_location' } },
      }),
    ).toBe('locationRequest');
  });
});
