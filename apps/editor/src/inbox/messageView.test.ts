import { describe, expect, it } from 'vitest';
import type { InboxMessage } from './inboxTypes.ts';
import { messagePreview, messageView } from './messageView.ts';

const row = (over: Partial<InboxMessage>): InboxMessage => ({
  id: 1,
  conversationId: 'cv',
  direction: 'out',
  sender: 'bot',
  wamid: null,
  type: 'text',
  content: null,
  sessionId: null,
  outboxId: null,
  status: 'delivered',
  statusAt: null,
  price: 'free',
  pricing: null,
  errorCode: null,
  errorMessage: null,
  sentAt: 0,
  createdAt: 0,
  ...over,
});
const text = { type: 'text', text: { body: 'Hello' } } as const;

describe('messageView', () => {
  it('tells the customer, the bot (with its flow), an agent, the phone app and automatic replies apart', () => {
    expect(
      messageView(row({ direction: 'in', sender: 'customer', content: { type: 'text', text: 'Hi' } })),
    ).toMatchObject({
      sender: 'customer',
      message: { type: 'text', text: { body: 'Hi' } },
    });
    const bot = row({ sessionId: 'ss1', content: { message: text, reason: 'Free: inside the window' } });
    expect(messageView(bot, () => 'lead-qualification')).toMatchObject({
      sender: 'bot',
      label: 'Bot · lead-qualification',
      reason: 'Free: inside the window',
    });
    expect(messageView(row({ sender: 'agent', content: { message: text, agent: 'Sam' } }))).toMatchObject({
      sender: 'agent',
      label: 'Sam',
    });
    expect(messageView(row({ sender: 'echo', content: { type: 'text', text: 'from my phone' } }))).toMatchObject({
      sender: 'phone',
      label: 'Phone app',
      message: { type: 'text', text: { body: 'from my phone' } },
    });
    expect(messageView(row({ content: { message: text, system: 'optOut' } }))).toMatchObject({
      sender: 'system',
      label: 'Opt-out confirmation',
    });
  });

  it('marks a failed message with WhatsApp’s code and what it means', () => {
    const failed = messageView(row({ status: 'failed', errorCode: 131047, content: { message: text } }));
    expect(failed.failure).toMatchObject({ code: 131047 });
    expect(failed.failure?.sentence).toMatch(/^131047: /);
    expect(messageView(row({ status: 'delivered', content: { message: text } })).failure).toBeNull();
    // Only a failed message shows a failure, whatever error code the row carries.
    expect(messageView(row({ status: 'sent', errorCode: 131047, content: { message: text } })).failure).toBeNull();
  });

  it('draws inbound answers as what the customer sees and says what they were', () => {
    expect(
      messageView(row({ direction: 'in', content: { type: 'buttonReply', id: 'quote', title: 'Get a quote' } })),
    ).toMatchObject({ message: { text: { body: 'Get a quote' } }, note: 'Tapped a button' });
    expect(
      messageView(row({ direction: 'in', content: { type: 'flowReply', flowToken: null, answers: { size: 12 } } })),
    ).toMatchObject({ message: null, answers: [['size', '12']] });
  });

  it('previews the last message in one line', () => {
    expect(
      messagePreview(
        row({ direction: 'in', content: { type: 'media', mediaType: 'image', id: 'm', caption: 'my bike' } }),
      ),
    ).toBe('Photo · my bike');
    expect(
      messagePreview(
        row({
          content: { message: { type: 'template', template: { name: 'delivery_check', language: { code: 'en' } } } },
        }),
      ),
    ).toBe('Template delivery_check');
    expect(messagePreview(row({ content: { message: text } }))).toBe('Hello');
    expect(messagePreview(row({ direction: 'in', content: { type: 'text', text: 'Hi there' } }))).toBe('Hi there');
    expect(
      messagePreview(row({ direction: 'in', content: { type: 'buttonReply', id: 'quote', title: 'Get a quote' } })),
    ).toBe('Get a quote');
    expect(
      messagePreview(
        row({ direction: 'in', content: { type: 'quickReply', payload: 'STOP', text: 'Stop promotions' } }),
      ),
    ).toBe('Stop promotions');
  });
});
