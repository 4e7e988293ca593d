import { describe, expect, it } from 'vitest';
import { createServerChat, type ServerTransport } from './createServerChat.ts';

/** A server that answers from a table and lets the test push events. */
function fakeServer() {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  let push: ((type: string, data: unknown) => void) | null = null;
  let messages: unknown[] = [];
  let now = 1_000_000;
  const transport: ServerTransport = {
    async request(method, path, body) {
      calls.push({ method, path, ...(body === undefined ? {} : { body }) });
      if (path === '/sandbox/inbound') {
        messages = [
          {
            id: 1,
            direction: 'in',
            sender: 'customer',
            content: { type: 'text', text: 'Hi' },
            status: 'received',
            price: null,
            sentAt: now,
          },
        ];
        return { conversationId: 'cv1' };
      }
      if (path === '/test/clock' && method === 'POST') {
        now += (body as { advanceMs: number }).advanceMs;
        return { now };
      }
      if (path === '/test/clock') return { now };
      if (path === '/conversations/cv1') {
        return { facts: { lastCustomerMessageAt: 1_000_000, entryPoint: null }, activeSession: null };
      }
      if (path.startsWith('/conversations/cv1/messages')) return messages;
      throw new Error(`unexpected ${method} ${path}`);
    },
    events(onEvent, onStatus) {
      push = onEvent;
      onStatus(true);
      return () => {
        push = null;
      };
    },
  };
  return {
    transport,
    calls,
    push: (type: string, data: unknown) => push?.(type, data),
    addMessage: (message: unknown) => {
      messages = [...messages, message];
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createServerChat', () => {
  it('sends through the sandbox as its customer and reads the conversation back', async () => {
    const server = fakeServer();
    const chat = createServerChat(server.transport, { name: 'Tess' }, () => '15550100001');
    const disconnect = chat.getState().connect();
    expect(chat.getState().connected).toBe(true);
    await chat.getState().send({ text: 'Hi' });
    expect(server.calls.find((call) => call.path === '/sandbox/inbound')?.body).toEqual({
      from: '15550100001',
      name: 'Tess',
      text: 'Hi',
    });
    expect(chat.getState().conversationId).toBe('cv1');
    expect(chat.getState().transcript).toHaveLength(1);
    expect(chat.getState().facts?.lastCustomerMessageAt).toBe(1_000_000);
    disconnect();
    expect(chat.getState().connected).toBe(false);
  });

  it('refreshes on events about its conversation only', async () => {
    const server = fakeServer();
    const chat = createServerChat(server.transport, { name: 'Tess' }, () => '15550100001');
    chat.getState().connect();
    await chat.getState().send({ text: 'Hi' });
    server.addMessage({
      id: 2,
      direction: 'out',
      sender: 'bot',
      content: { message: { type: 'text', text: { body: 'Hello!' } }, reason: 'Free.' },
      status: 'sent',
      price: 'free',
      sentAt: 1_000_001,
    });
    server.push('message.out', { conversationId: 'other' });
    await settle();
    expect(chat.getState().transcript).toHaveLength(1);
    server.push('message.out', { conversationId: 'cv1' });
    await settle();
    await chat.getState().refresh();
    expect(chat.getState().transcript.map((entry) => entry.kind)).toEqual(['customer', 'bot']);
  });

  it('moves the server’s test clock and starts over as a new customer', async () => {
    const server = fakeServer();
    let n = 0;
    const chat = createServerChat(server.transport, { name: 'Tess' }, () => `1555010000${++n}`);
    chat.getState().connect();
    await chat.getState().advance(3_600_000);
    expect(chat.getState().clock).toBe(1_000_000 + 3_600_000);
    await chat.getState().send({ text: 'Hi' });
    chat.getState().restart();
    expect(chat.getState()).toMatchObject({ conversationId: null, transcript: [], contact: { waId: '15550100002' } });
  });

  it('shows the server’s refusal', async () => {
    const server = fakeServer();
    server.transport.request = async () => {
      throw new Error('This workspace has no sandbox channel');
    };
    const chat = createServerChat(server.transport, { name: 'Tess' });
    await chat.getState().send({ text: 'Hi' });
    expect(chat.getState().error).toBe('This workspace has no sandbox channel');
    expect(chat.getState().busy).toBe(false);
  });
});
