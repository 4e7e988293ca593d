import { describe, expect, it } from 'vitest';
import { toSendRequest } from './toSendRequest.ts';

describe('toSendRequest', () => {
  it('wraps a message in the send envelope', () => {
    expect(toSendRequest({ type: 'text', text: { body: 'Hi' } }, { to: '15551234567' })).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '15551234567',
      type: 'text',
      text: { body: 'Hi' },
    });
  });

  it('adds the quoted message and our callback data when given', () => {
    expect(
      toSendRequest(
        { type: 'image', image: { id: '9' } },
        { to: '34600111222', replyTo: 'wamid.IN1', callbackData: 'outbox:42' },
      ),
    ).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '34600111222',
      type: 'image',
      image: { id: '9' },
      context: { message_id: 'wamid.IN1' },
      biz_opaque_callback_data: 'outbox:42',
    });
  });
});
