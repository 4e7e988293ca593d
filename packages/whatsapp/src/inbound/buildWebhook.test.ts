import { describe, expect, it } from 'vitest';
import type { InboundContent } from '../types.ts';
import {
  buildEchoWebhook,
  buildMessageWebhook,
  buildStatusWebhook,
  buildTemplateStatusWebhook,
  buildUserPreferenceWebhook,
  TEST_DISPLAY_PHONE_NUMBER,
  TEST_WABA_ID,
} from './buildWebhook.ts';
import { parseWebhook } from './parseWebhook.ts';

const at = Date.UTC(2026, 2, 2, 9, 0, 0);

const contents: InboundContent[] = [
  { type: 'text', text: 'Hi *there*' },
  { type: 'buttonReply', id: 'yes', title: 'Yes please' },
  { type: 'listReply', id: 'mon-9', title: 'Monday 9:00' },
  { type: 'listReply', id: 'tue-9', title: 'Tuesday 9:00', description: 'With Bo' },
  { type: 'quickReply', payload: 'interested', text: 'Yes' },
  { type: 'flowReply', flowToken: 'script:signup', answers: { full_name: 'Ana', topics: ['ai'], guests: 2 } },
  { type: 'flowReply', flowToken: null, answers: { rating: '5' } },
  { type: 'flowReply', flowToken: null, answers: {}, responseJson: 'not json' },
  { type: 'media', mediaType: 'image', id: 'm1', mimeType: 'image/jpeg', sha256: 'h', caption: 'Sofa' },
  { type: 'media', mediaType: 'video', id: 'm2' },
  { type: 'media', mediaType: 'audio', id: 'm3', mimeType: 'audio/ogg; codecs=opus' },
  { type: 'media', mediaType: 'document', id: 'm4', filename: 'cv.pdf' },
  { type: 'media', mediaType: 'sticker', id: 'm5', mimeType: 'image/webp' },
  { type: 'location', latitude: 40.4168, longitude: -3.7038, name: 'Sol', address: 'Madrid' },
  { type: 'location', latitude: 0, longitude: 0 },
  { type: 'contacts', contacts: [{ name: { formatted_name: 'Bo' }, phones: [{ phone: '+1 555 0100' }] }] },
  { type: 'reaction', messageId: 'wamid.OUT', emoji: '❤️' },
  { type: 'reaction', messageId: 'wamid.OUT', emoji: '' },
  { type: 'order', order: { catalog_id: 'c', product_items: [], text: 'Thanks' } },
  { type: 'system', body: 'Ana changed her number', newWaId: '34600999888' },
  { type: 'unsupported' },
  { type: 'unsupported', errors: [{ code: 131051, title: 'Message type unknown', details: 'Not supported' }] },
];

describe('buildMessageWebhook', () => {
  it('posts what Meta posts for a text message', () => {
    expect(
      buildMessageWebhook({
        phoneNumberId: 'PN1',
        from: '34600111222',
        name: 'Ana',
        id: 'wamid.IN1',
        timestamp: at,
        content: { type: 'text', text: 'Hi' },
      }),
    ).toEqual({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: TEST_WABA_ID,
          changes: [
            {
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: TEST_DISPLAY_PHONE_NUMBER, phone_number_id: 'PN1' },
                contacts: [{ profile: { name: 'Ana' }, wa_id: '34600111222' }],
                messages: [
                  {
                    from: '34600111222',
                    id: 'wamid.IN1',
                    timestamp: String(at / 1000),
                    type: 'text',
                    text: { body: 'Hi' },
                  },
                ],
              },
              field: 'messages',
            },
          ],
        },
      ],
    });
  });

  it('encodes a Flow completion as Meta does: response_json a JSON string with the flow_token', () => {
    const body = buildMessageWebhook({
      phoneNumberId: 'PN1',
      from: '1',
      id: 'w',
      timestamp: at,
      content: { type: 'flowReply', flowToken: 'script:signup', answers: { full_name: 'Ana' } },
    });
    expect(body.entry[0]?.changes[0]?.value).toMatchObject({
      messages: [
        {
          type: 'interactive',
          interactive: {
            type: 'nfm_reply',
            nfm_reply: {
              name: 'flow',
              body: 'Sent',
              response_json: '{"flow_token":"script:signup","full_name":"Ana"}',
            },
          },
        },
      ],
    });
  });

  for (const content of contents) {
    it(`round-trips ${content.type} ${JSON.stringify(content).slice(0, 60)}`, () => {
      const input = {
        wabaId: 'WABA9',
        phoneNumberId: 'PN1',
        displayPhoneNumber: '15550001111',
        from: '34600111222',
        name: 'Ana López',
        id: 'wamid.IN1',
        timestamp: at,
        content,
      };
      expect(parseWebhook(JSON.parse(JSON.stringify(buildMessageWebhook(input))))).toEqual({
        ok: true,
        events: [
          {
            kind: 'message',
            wabaId: 'WABA9',
            phoneNumberId: 'PN1',
            displayPhoneNumber: '15550001111',
            contact: { waId: '34600111222', name: 'Ana López' },
            message: { id: 'wamid.IN1', from: '34600111222', timestamp: at, content },
          },
        ],
      });
    });
  }

  it('round-trips a referral and a context id', () => {
    const referral = {
      sourceType: 'ad',
      sourceId: 'AD-1',
      sourceUrl: 'https://fb.me/x',
      headline: 'Sale',
      ctwaClid: 'c',
    };
    const body = buildMessageWebhook({
      phoneNumberId: 'PN1',
      from: '1',
      id: 'w',
      timestamp: at,
      content: { type: 'text', text: 'Hi' },
      referral,
      contextId: 'wamid.OUT',
    });
    expect(parseWebhook(body)).toMatchObject({
      ok: true,
      events: [{ contact: { waId: '1' }, message: { referral, contextId: 'wamid.OUT' } }],
    });
  });
});

describe('buildStatusWebhook', () => {
  it('round-trips a delivered status with pricing and callback data', () => {
    const status = {
      id: 'wamid.OUT',
      status: 'delivered' as const,
      timestamp: at,
      recipientId: '34600111222',
      callbackData: 'outbox:7',
      pricing: { pricingModel: 'PMP', type: 'regular', category: 'marketing', billable: true },
    };
    expect(parseWebhook(buildStatusWebhook({ phoneNumberId: 'PN1', ...status }))).toEqual({
      ok: true,
      events: [
        {
          kind: 'status',
          wabaId: TEST_WABA_ID,
          phoneNumberId: 'PN1',
          displayPhoneNumber: TEST_DISPLAY_PHONE_NUMBER,
          status,
        },
      ],
    });
  });

  it('round-trips a failed status with errors', () => {
    const status = {
      id: 'wamid.OUT',
      status: 'failed' as const,
      timestamp: at,
      recipientId: '1',
      errors: [
        { code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', details: '24h passed' },
      ],
    };
    expect(parseWebhook(buildStatusWebhook({ phoneNumberId: 'PN1', ...status }))).toMatchObject({
      ok: true,
      events: [{ kind: 'status', status }],
    });
  });
});

describe('buildEchoWebhook', () => {
  it('round-trips a message the team sent from the app', () => {
    const content: InboundContent = { type: 'media', mediaType: 'image', id: 'm1', caption: 'Here you go' };
    expect(
      parseWebhook(
        buildEchoWebhook({ phoneNumberId: 'PN1', to: '34600111222', id: 'wamid.E', timestamp: at, content }),
      ),
    ).toEqual({
      ok: true,
      events: [
        {
          kind: 'echo',
          wabaId: TEST_WABA_ID,
          phoneNumberId: 'PN1',
          displayPhoneNumber: TEST_DISPLAY_PHONE_NUMBER,
          to: '34600111222',
          message: { id: 'wamid.E', timestamp: at, content },
        },
      ],
    });
  });
});

describe('buildUserPreferenceWebhook and buildTemplateStatusWebhook', () => {
  it('round-trip', () => {
    expect(
      parseWebhook(buildUserPreferenceWebhook({ phoneNumberId: 'PN1', waId: '1', value: 'resume', timestamp: at })),
    ).toEqual({
      ok: true,
      events: [
        {
          kind: 'userPreference',
          wabaId: TEST_WABA_ID,
          phoneNumberId: 'PN1',
          waId: '1',
          category: 'marketing_messages',
          value: 'resume',
          timestamp: at,
        },
      ],
    });
    const template = {
      templateId: '1689556908129832',
      name: 'order_update',
      language: 'en_US',
      status: 'PAUSED',
      reason: 'NONE',
      category: 'UTILITY',
    };
    expect(parseWebhook(buildTemplateStatusWebhook(template))).toEqual({
      ok: true,
      events: [{ kind: 'templateStatus', wabaId: TEST_WABA_ID, ...template }],
    });
  });
});
