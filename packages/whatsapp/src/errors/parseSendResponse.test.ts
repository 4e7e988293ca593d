import { describe, expect, it } from 'vitest';
import { parseSendResponse } from './parseSendResponse.ts';

describe('parseSendResponse', () => {
  it('gives the wamid of an accepted message', () => {
    expect(
      parseSendResponse({
        messaging_product: 'whatsapp',
        contacts: [{ input: '+16505551234', wa_id: '16505551234' }],
        messages: [{ id: 'wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA', message_status: 'accepted' }],
      }),
    ).toEqual({ ok: true, wamid: 'wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA' });
  });

  it('gives the Graph error', () => {
    expect(
      parseSendResponse({
        error: {
          message: '(#131047) Re-engagement message',
          type: 'OAuthException',
          code: 131047,
          error_subcode: 2494010,
          error_data: {
            messaging_product: 'whatsapp',
            details: 'Message failed to send because more than 24 hours have passed.',
          },
          fbtrace_id: 'Az8or2yhqkZfEZ-_4Qn_Bam',
        },
      }),
    ).toEqual({
      ok: false,
      error: {
        code: 131047,
        title: 'Re-engagement message',
        message: '(#131047) Re-engagement message',
        details: 'Message failed to send because more than 24 hours have passed.',
        subcode: 2494010,
        fbtraceId: 'Az8or2yhqkZfEZ-_4Qn_Bam',
      },
    });
  });

  it('gives a minimal error for a bare code', () => {
    expect(parseSendResponse({ error: { code: 190 } })).toEqual({ ok: false, error: { code: 190 } });
  });

  it('gives code -1 for anything else', () => {
    for (const json of [null, 'Bad Gateway', {}, { messages: [] }, { error: 'nope' }]) {
      expect(parseSendResponse(json)).toMatchObject({ ok: false, error: { code: -1 } });
    }
  });
});
