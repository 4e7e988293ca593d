import { describe, expect, it } from 'vitest';
import { type ServerMessage, sandboxBody, serverEntries } from './serverMessages.ts';

const row = (update: Partial<ServerMessage>): ServerMessage => ({
  id: 1,
  direction: 'out',
  sender: 'bot',
  content: null,
  status: 'sent',
  price: 'free',
  sentAt: 1000,
  ...update,
});

describe('serverEntries', () => {
  it('turns the server’s outbound rows into bot bubbles with their price, reason and template display', () => {
    const display = { name: 'hello', language: 'en', category: 'utility' as const, body: 'Hi', buttons: [] };
    const [entry] = serverEntries([
      row({
        content: {
          message: { type: 'template', template: { name: 'hello', language: { code: 'en' } } },
          display,
          reason: 'Charged as utility.',
        },
        price: 'utility',
      }),
    ]);
    expect(entry).toMatchObject({
      kind: 'bot',
      id: 's1',
      at: 1000,
      send: { kind: 'template', price: 'utility', reason: 'Charged as utility.', display },
    });
  });

  it('turns inbound rows into what the customer did, taps with their titles', () => {
    const entries = serverEntries([
      row({ id: 2, direction: 'in', content: { type: 'text', text: '<b>hi</b>' } }),
      row({ id: 3, direction: 'in', content: { type: 'buttonReply', id: 'yes', title: 'Yes!' } }),
      row({ id: 4, direction: 'in', content: { type: 'flowReply', flowToken: 't', answers: { a: '1' } } }),
      row({ id: 5, direction: 'in', content: { type: 'media', mediaType: 'image', id: 'm1', caption: 'look' } }),
      row({ id: 6, direction: 'in', content: { type: 'reaction', messageId: 'x', emoji: '👍' } }),
      row({ id: 7, direction: 'out', sender: 'agent', content: { type: 'text', text: { body: 'Agent here' } } }),
    ]);
    expect(entries.map((entry) => (entry.kind === 'customer' ? [entry.input, entry.title] : entry.kind))).toEqual([
      [{ text: '<b>hi</b>' }, undefined],
      [{ button: 'yes' }, 'Yes!'],
      [{ flow: { a: '1' } }, undefined],
      [{ image: { id: 'm1', caption: 'look' } }, undefined],
      'bot',
    ]);
  });
});

describe('sandboxBody', () => {
  const contact = { waId: '15550100001', name: 'Tess' };
  it('writes the sandbox’s inbound body for each kind of customer input', () => {
    expect(sandboxBody({ text: 'Hi', referral: { sourceType: 'ad', sourceId: '9' } }, contact)).toEqual({
      from: '15550100001',
      name: 'Tess',
      referral: { sourceType: 'ad', sourceId: '9' },
      text: 'Hi',
    });
    expect(sandboxBody({ button: 'yes' }, contact, 'Yes!')).toMatchObject({ button: { id: 'yes', title: 'Yes!' } });
    expect(sandboxBody({ list: 'r1' }, contact, 'Row')).toMatchObject({ list: { id: 'r1', title: 'Row' } });
    expect(sandboxBody({ quickReply: 'go' }, contact, 'Go')).toMatchObject({
      quickReply: { payload: 'go', text: 'Go' },
    });
    expect(sandboxBody({ flow: { a: 1 } }, contact)).toMatchObject({ flow: { answers: { a: 1 } } });
    expect(sandboxBody({ image: { id: 'p1' } }, contact)).toMatchObject({ image: { id: 'p1' } });
  });
});
