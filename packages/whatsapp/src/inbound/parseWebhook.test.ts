import { describe, expect, it } from 'vitest';
import { parseWebhook } from './parseWebhook.ts';

const metadata = { display_phone_number: '15550783881', phone_number_id: '106540352242922' };

/** One change in Meta's envelope. */
function post(field: string, value: unknown, wabaId = '102290129340398') {
  return { object: 'whatsapp_business_account', entry: [{ id: wabaId, changes: [{ value, field }] }] };
}

function messages(...items: unknown[]) {
  return post('messages', {
    messaging_product: 'whatsapp',
    metadata,
    contacts: [{ profile: { name: 'Sheena Nelson' }, wa_id: '16505551234' }],
    messages: items,
  });
}

const base = { from: '16505551234', id: 'wamid.IN1', timestamp: '1749416383' };
const where = { wabaId: '102290129340398', phoneNumberId: '106540352242922', displayPhoneNumber: '15550783881' };

function contentOf(body: unknown) {
  const result = parseWebhook(body);
  if (!result.ok) throw new Error(result.error);
  const event = result.events[0];
  if (event?.kind !== 'message') throw new Error(`not a message: ${event?.kind}`);
  return event.message.content;
}

describe('parseWebhook: messages', () => {
  it('turns a text message into a message event with the contact and epoch-ms timestamp', () => {
    expect(parseWebhook(messages({ ...base, type: 'text', text: { body: 'Does it come in another color?' } }))).toEqual(
      {
        ok: true,
        events: [
          {
            ...where,
            kind: 'message',
            contact: { waId: '16505551234', name: 'Sheena Nelson' },
            message: {
              id: 'wamid.IN1',
              from: '16505551234',
              timestamp: 1749416383000,
              content: { type: 'text', text: 'Does it come in another color?' },
            },
          },
        ],
      },
    );
  });

  it('reads reply buttons, list rows and template quick replies', () => {
    expect(
      contentOf(
        messages({
          ...base,
          type: 'interactive',
          interactive: { type: 'button_reply', button_reply: { id: 'yes', title: 'Yes please' } },
        }),
      ),
    ).toEqual({ type: 'buttonReply', id: 'yes', title: 'Yes please' });
    expect(
      contentOf(
        messages({
          ...base,
          type: 'interactive',
          interactive: {
            type: 'list_reply',
            list_reply: { id: 'mon-9', title: 'Monday 9:00', description: 'With Bo' },
          },
        }),
      ),
    ).toEqual({ type: 'listReply', id: 'mon-9', title: 'Monday 9:00', description: 'With Bo' });
    expect(contentOf(messages({ ...base, type: 'button', button: { payload: 'interested', text: 'Yes' } }))).toEqual({
      type: 'quickReply',
      payload: 'interested',
      text: 'Yes',
    });
  });

  it('reads a Flow completion: flow_token apart from the answers, context id kept', () => {
    const result = parseWebhook(
      messages({
        ...base,
        context: { from: '15550783881', id: 'wamid.FLOW' },
        type: 'interactive',
        interactive: {
          type: 'nfm_reply',
          nfm_reply: {
            name: 'flow',
            body: 'Sent',
            response_json: '{"flow_token":"script:signup","full_name":"Ana López","topics":["ai","crm"]}',
          },
        },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      events: [
        {
          message: {
            contextId: 'wamid.FLOW',
            content: {
              type: 'flowReply',
              flowToken: 'script:signup',
              answers: { full_name: 'Ana López', topics: ['ai', 'crm'] },
            },
          },
        },
      ],
    });
  });

  it('keeps going on a bad response_json: empty answers and the raw string', () => {
    const nfm = (response_json: string) =>
      messages({ ...base, type: 'interactive', interactive: { type: 'nfm_reply', nfm_reply: { response_json } } });
    expect(contentOf(nfm('{not json'))).toEqual({
      type: 'flowReply',
      flowToken: null,
      answers: {},
      responseJson: '{not json',
    });
    expect(contentOf(nfm('[1,2]'))).toEqual({ type: 'flowReply', flowToken: null, answers: {}, responseJson: '[1,2]' });
    expect(contentOf(nfm('{"rating":5}'))).toEqual({ type: 'flowReply', flowToken: null, answers: { rating: 5 } });
  });

  it('reads media, location (numbers as strings too), reaction, contacts, order and system messages', () => {
    expect(
      contentOf(
        messages({
          ...base,
          type: 'image',
          image: {
            caption: 'My sofa',
            mime_type: 'image/jpeg',
            sha256: 'abc=',
            id: '1003383421387256',
            url: 'https://x',
          },
        }),
      ),
    ).toEqual({
      type: 'media',
      mediaType: 'image',
      id: '1003383421387256',
      mimeType: 'image/jpeg',
      sha256: 'abc=',
      caption: 'My sofa',
    });
    expect(
      contentOf(
        messages({
          ...base,
          type: 'document',
          document: { id: 'd1', filename: 'cv.pdf', mime_type: 'application/pdf' },
        }),
      ),
    ).toEqual({ type: 'media', mediaType: 'document', id: 'd1', filename: 'cv.pdf', mimeType: 'application/pdf' });
    expect(
      contentOf(
        messages({ ...base, type: 'location', location: { latitude: '37.48', longitude: -122.14, name: 'HQ' } }),
      ),
    ).toEqual({ type: 'location', latitude: 37.48, longitude: -122.14, name: 'HQ' });
    expect(
      contentOf(messages({ ...base, type: 'reaction', reaction: { message_id: 'wamid.OUT', emoji: '👍' } })),
    ).toEqual({
      type: 'reaction',
      messageId: 'wamid.OUT',
      emoji: '👍',
    });
    expect(contentOf(messages({ ...base, type: 'reaction', reaction: { message_id: 'wamid.OUT' } }))).toEqual({
      type: 'reaction',
      messageId: 'wamid.OUT',
      emoji: '',
    });
    const card = { name: { formatted_name: 'Bo' }, phones: [{ phone: '+1 555', wa_id: '1555' }] };
    expect(contentOf(messages({ ...base, type: 'contacts', contacts: [card] }))).toEqual({
      type: 'contacts',
      contacts: [card],
    });
    const order = {
      catalog_id: 'c1',
      product_items: [{ product_retailer_id: 'p1', quantity: 2, item_price: 10, currency: 'EUR' }],
    };
    expect(contentOf(messages({ ...base, type: 'order', order }))).toEqual({ type: 'order', order });
    expect(
      contentOf(
        messages({
          ...base,
          type: 'system',
          system: { body: 'User A changed from 1 to 2', wa_id: '16505550000', type: 'user_changed_number' },
        }),
      ),
    ).toEqual({ type: 'system', body: 'User A changed from 1 to 2', newWaId: '16505550000' });
  });

  it('turns unsupported and unknown types into unsupported content with their errors', () => {
    expect(
      contentOf(
        messages({
          ...base,
          type: 'unsupported',
          unsupported: { type: 'edit' },
          errors: [
            {
              code: 131051,
              title: 'Message type unknown',
              message: 'Message type unknown',
              error_data: { details: 'Message type is currently not supported.' },
            },
          ],
        }),
      ),
    ).toEqual({
      type: 'unsupported',
      errors: [
        {
          code: 131051,
          title: 'Message type unknown',
          message: 'Message type unknown',
          details: 'Message type is currently not supported.',
        },
      ],
    });
    expect(contentOf(messages({ ...base, type: 'request_welcome' }))).toEqual({ type: 'unsupported' });
    expect(
      contentOf(
        messages({
          ...base,
          type: 'interactive',
          interactive: { type: 'call_permission_reply', call_permission_reply: {} },
        }),
      ),
    ).toEqual({ type: 'unsupported' });
  });

  it('maps an ad referral', () => {
    const result = parseWebhook(
      messages({
        ...base,
        type: 'text',
        text: { body: 'Hi' },
        referral: {
          source_url: 'https://fb.me/ad',
          source_id: 'AD-1',
          source_type: 'ad',
          headline: 'Spring sale',
          body: '20% off',
          media_type: 'image',
          image_url: 'https://cdn/x.jpg',
          ctwa_clid: 'clid-9',
        },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      events: [
        {
          message: {
            referral: {
              sourceType: 'ad',
              sourceId: 'AD-1',
              sourceUrl: 'https://fb.me/ad',
              headline: 'Spring sale',
              body: '20% off',
              mediaType: 'image',
              ctwaClid: 'clid-9',
            },
          },
        },
      ],
    });
  });

  it('tolerates unknown extra fields everywhere', () => {
    const body = {
      object: 'whatsapp_business_account',
      extra: 1,
      entry: [
        {
          id: '1',
          time: 123,
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { ...metadata, new_thing: true },
                messages: [{ ...base, type: 'text', text: { body: 'x', extra: [] }, from_user_id: 'US.1' }],
              },
            },
          ],
        },
      ],
    };
    expect(parseWebhook(body)).toMatchObject({
      ok: true,
      events: [{ kind: 'message', contact: { waId: '16505551234' } }],
    });
  });

  it('batches events across entries and changes in order', () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: 'W1',
          changes: [
            {
              field: 'messages',
              value: {
                metadata,
                messages: [
                  { ...base, id: 'a', type: 'text', text: { body: '1' } },
                  { ...base, id: 'b', type: 'text', text: { body: '2' } },
                ],
              },
            },
            { field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } },
          ],
        },
        {
          id: 'W2',
          changes: [
            {
              field: 'messages',
              value: { metadata, statuses: [{ id: 'wamid.OUT', status: 'read', timestamp: '1', recipient_id: '1' }] },
            },
          ],
        },
      ],
    };
    const result = parseWebhook(body);
    expect(result.ok && result.events.map((e) => [e.kind, e.wabaId])).toEqual([
      ['message', 'W1'],
      ['message', 'W1'],
      ['other', 'W1'],
      ['status', 'W2'],
    ]);
  });
});

describe('parseWebhook: statuses and errors', () => {
  it('reads a delivered status with pricing and our callback data', () => {
    const body = post('messages', {
      messaging_product: 'whatsapp',
      metadata,
      statuses: [
        {
          id: 'wamid.OUT',
          status: 'delivered',
          timestamp: '1750263773',
          recipient_id: '16505551234',
          biz_opaque_callback_data: 'outbox:42',
          conversation: { id: 'c', origin: { type: 'service' } },
          pricing: { billable: false, pricing_model: 'PMP', type: 'free_customer_service', category: 'service' },
        },
      ],
    });
    expect(parseWebhook(body)).toEqual({
      ok: true,
      events: [
        {
          ...where,
          kind: 'status',
          status: {
            id: 'wamid.OUT',
            status: 'delivered',
            timestamp: 1750263773000,
            recipientId: '16505551234',
            callbackData: 'outbox:42',
            pricing: { pricingModel: 'PMP', type: 'free_customer_service', category: 'service', billable: false },
          },
        },
      ],
    });
  });

  it('reads a failed status with its errors', () => {
    const body = post('messages', {
      metadata,
      statuses: [
        {
          id: 'wamid.OUT',
          status: 'failed',
          timestamp: 1750263773,
          recipient_id: '16505551234',
          errors: [
            {
              code: 131047,
              title: 'Re-engagement message',
              message: 'Re-engagement message',
              error_data: { details: 'Message failed to send because more than 24 hours have passed.' },
              href: 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/',
            },
          ],
        },
      ],
    });
    expect(parseWebhook(body)).toMatchObject({
      ok: true,
      events: [
        {
          kind: 'status',
          status: {
            status: 'failed',
            errors: [
              {
                code: 131047,
                title: 'Re-engagement message',
                message: 'Re-engagement message',
                details: 'Message failed to send because more than 24 hours have passed.',
              },
            ],
          },
        },
      ],
    });
  });

  it('keeps a status it does not know as other', () => {
    const raw = { id: 'wamid.OUT', status: 'deleted', timestamp: '1' };
    expect(parseWebhook(post('messages', { metadata, statuses: [raw] }))).toEqual({
      ok: true,
      events: [{ kind: 'other', wabaId: '102290129340398', field: 'messages', value: raw }],
    });
  });

  it('turns value-level errors into an error event', () => {
    const body = post('messages', {
      metadata,
      errors: [
        { code: 131000, title: 'Something went wrong', message: 'Something went wrong', error_data: { details: 'x' } },
      ],
    });
    expect(parseWebhook(body)).toEqual({
      ok: true,
      events: [
        {
          ...where,
          kind: 'error',
          errors: [{ code: 131000, title: 'Something went wrong', message: 'Something went wrong', details: 'x' }],
        },
      ],
    });
  });
});

describe('parseWebhook: other fields', () => {
  it('reads coexistence echoes', () => {
    const body = post('smb_message_echoes', {
      messaging_product: 'whatsapp',
      metadata,
      message_echoes: [
        {
          from: '15550783881',
          to: '16505551234',
          id: 'wamid.ECHO',
          timestamp: '1739321024',
          type: 'text',
          text: { body: "Here's the info" },
        },
      ],
    });
    expect(parseWebhook(body)).toEqual({
      ok: true,
      events: [
        {
          ...where,
          kind: 'echo',
          to: '16505551234',
          message: { id: 'wamid.ECHO', timestamp: 1739321024000, content: { type: 'text', text: "Here's the info" } },
        },
      ],
    });
  });

  it('shows an echo it cannot read as unsupported', () => {
    const body = post('smb_message_echoes', {
      metadata,
      message_echoes: [{ to: '1', id: 'wamid.E', timestamp: '1', type: 'image', image: { link: 'https://x' } }],
    });
    expect(parseWebhook(body)).toMatchObject({
      ok: true,
      events: [{ kind: 'echo', message: { content: { type: 'unsupported' } } }],
    });
  });

  it('reads marketing opt-outs from user_preferences', () => {
    const body = post('user_preferences', {
      messaging_product: 'whatsapp',
      metadata,
      contacts: [{ wa_id: '16505551234' }],
      user_preferences: [
        {
          wa_id: '16505551234',
          detail: 'User requested to stop marketing messages',
          category: 'marketing_messages',
          value: 'stop',
          timestamp: 1731705721,
        },
        { wa_id: '16505551234', category: 'marketing_messages', value: 'maybe', timestamp: 1731705722 },
      ],
    });
    expect(parseWebhook(body)).toEqual({
      ok: true,
      events: [
        {
          kind: 'userPreference',
          wabaId: '102290129340398',
          phoneNumberId: '106540352242922',
          waId: '16505551234',
          category: 'marketing_messages',
          value: 'stop',
          timestamp: 1731705721000,
          detail: 'User requested to stop marketing messages',
        },
        {
          kind: 'other',
          wabaId: '102290129340398',
          field: 'user_preferences',
          value: { wa_id: '16505551234', category: 'marketing_messages', value: 'maybe', timestamp: 1731705722 },
        },
      ],
    });
  });

  it('reads template status updates', () => {
    const body = post('message_template_status_update', {
      event: 'REJECTED',
      message_template_id: 1689556908129835,
      message_template_name: 'abandoned_cart',
      message_template_language: 'en',
      reason: 'INVALID_FORMAT',
      message_template_category: 'MARKETING',
      rejection_info: { reason: 'x', recommendation: 'y' },
    });
    expect(parseWebhook(body)).toEqual({
      ok: true,
      events: [
        {
          kind: 'templateStatus',
          wabaId: '102290129340398',
          templateId: '1689556908129835',
          name: 'abandoned_cart',
          language: 'en',
          status: 'REJECTED',
          reason: 'INVALID_FORMAT',
          category: 'MARKETING',
        },
      ],
    });
    const deleted = post('message_template_status_update', {
      event: 'PENDING_DELETION',
      message_template_id: 1,
      message_template_name: 'old',
      message_template_language: 'en',
      reason: null,
    });
    // A null reason (scheduled deletion) is simply absent.
    expect(parseWebhook(deleted)).toEqual({
      ok: true,
      events: [
        {
          kind: 'templateStatus',
          wabaId: '102290129340398',
          templateId: '1',
          name: 'old',
          language: 'en',
          status: 'PENDING_DELETION',
        },
      ],
    });
  });

  it('keeps any other field as other, never an error', () => {
    const value = { phone_number: '15550783881', event: 'FLAGGED' };
    expect(parseWebhook(post('phone_number_quality_update', value))).toEqual({
      ok: true,
      events: [{ kind: 'other', wabaId: '102290129340398', field: 'phone_number_quality_update', value }],
    });
    expect(parseWebhook(post('message_template_status_update', { nonsense: true }))).toMatchObject({
      ok: true,
      events: [{ kind: 'other', field: 'message_template_status_update' }],
    });
  });
});

describe('parseWebhook: malformed posts', () => {
  const cases: [string, unknown, string, RegExp][] = [
    ['not an object', 'hello', '', /the body should be an object/],
    ['null', null, '', /should be an object/],
    ['wrong object', { object: 'page', entry: [] }, 'object', /object should be "whatsapp_business_account"/],
    ['entry not an array', { object: 'whatsapp_business_account', entry: {} }, 'entry', /entry should be an array/],
    ['entry missing', { object: 'whatsapp_business_account' }, 'entry', /entry is missing/],
    [
      'changes missing',
      { object: 'whatsapp_business_account', entry: [{ id: '1' }] },
      'entry[0].changes',
      /entry\[0\]\.changes is missing/,
    ],
    [
      'metadata missing',
      post('messages', { messages: [] }),
      'entry[0].changes[0].value.metadata',
      /value\.metadata is missing/,
    ],
  ];
  for (const [name, body, path, message] of cases) {
    it(`refuses ${name}`, () => {
      const result = parseWebhook(body);
      expect(result).toEqual({ ok: false, error: expect.stringMatching(message), path });
    });
  }

  it('names the message and the missing field', () => {
    const body = {
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '1',
          changes: [
            { field: 'account_update', value: {} },
            {
              field: 'messages',
              value: {
                metadata,
                messages: [
                  { ...base, type: 'text', text: { body: 'a' } },
                  { ...base, type: 'text', text: { body: 'b' } },
                  { from: '1', timestamp: '1', type: 'text', text: { body: 'c' } },
                ],
              },
            },
          ],
        },
      ],
    };
    expect(parseWebhook(body)).toEqual({
      ok: false,
      error: 'entry[0].changes[1].value.messages[2].id is missing',
      path: 'entry[0].changes[1].value.messages[2].id',
    });
  });

  it('refuses a message without from or with a bad timestamp, and a status without id', () => {
    expect(parseWebhook(messages({ id: 'x', timestamp: '1', type: 'text', text: { body: 'a' } }))).toMatchObject({
      ok: false,
      path: 'entry[0].changes[0].value.messages[0].from',
    });
    expect(parseWebhook(messages({ ...base, timestamp: 'yesterday', type: 'text', text: { body: 'a' } }))).toEqual({
      ok: false,
      error: 'entry[0].changes[0].value.messages[0].timestamp should be Unix seconds',
      path: 'entry[0].changes[0].value.messages[0].timestamp',
    });
    expect(parseWebhook(messages({ ...base, type: 'text' }))).toMatchObject({
      ok: false,
      path: 'entry[0].changes[0].value.messages[0].text',
    });
    expect(
      parseWebhook(
        messages({ ...base, type: 'interactive', interactive: { type: 'button_reply', button_reply: { title: 'x' } } }),
      ),
    ).toMatchObject({ ok: false, path: 'entry[0].changes[0].value.messages[0].interactive.button_reply.id' });
    expect(parseWebhook(post('messages', { metadata, statuses: [{ status: 'sent', timestamp: '1' }] }))).toMatchObject({
      ok: false,
      path: 'entry[0].changes[0].value.statuses[0].id',
    });
  });
});
