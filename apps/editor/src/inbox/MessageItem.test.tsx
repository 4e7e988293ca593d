// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import type { InboxMessage } from './inboxTypes.ts';
import { MessageItem } from './MessageItem.tsx';
import { messageView } from './messageView.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

function render(row: InboxMessage, templates: WorkspaceTemplate[] = []): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => createRoot(container).render(<MessageItem row={row} view={messageView(row)} templates={templates} />));
  return container;
}

const row = (over: Partial<InboxMessage>): InboxMessage => ({
  id: 7,
  conversationId: 'cv',
  direction: 'out',
  sender: 'agent',
  wamid: 'wamid.1',
  type: 'text',
  content: {
    message: { type: 'text', text: { body: 'Hello <b>Ana</b>' } },
    agent: 'Sam',
    reason: 'Free: inside the window',
  },
  sessionId: null,
  outboxId: null,
  status: 'delivered',
  statusAt: null,
  price: 'free',
  pricing: null,
  errorCode: null,
  errorMessage: null,
  sentAt: Date.UTC(2026, 2, 2, 9, 30),
  createdAt: 0,
  ...over,
});

describe('MessageItem', () => {
  it('shows who sent it, the text as text, the delivery ticks and the cost category', () => {
    const container = render(row({}));
    const item = container.querySelector('[data-testid="message"]');
    expect(item?.getAttribute('data-sender')).toBe('agent');
    expect(container.querySelector('.tl-msg__who')?.textContent).toBe('Sam');
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('Hello <b>Ana</b>');
    expect(container.querySelector('.ticks')?.getAttribute('aria-label')).toBe('Delivered');
    expect(container.querySelector('.ptag')?.getAttribute('data-price')).toBe('free');
    expect(container.querySelector('.ptag')?.getAttribute('title')).toBe('Free: inside the window');
  });

  it.each([
    ['queued', 'Waiting to send'],
    ['sent', 'Sent'],
    ['read', 'Read'],
    ['failed', 'Not delivered'],
  ] as const)('a %s message shows “%s”', (status, label) => {
    expect(render(row({ status })).querySelector('.ticks')?.getAttribute('aria-label')).toBe(label);
  });

  it('marks a failed message with WhatsApp’s code and what it means', () => {
    const container = render(row({ status: 'failed', errorCode: 131047, errorMessage: 'Re-engagement message' }));
    const failure = container.querySelector('[data-testid="message-failure"]');
    expect(failure?.getAttribute('data-code')).toBe('131047');
    expect(failure?.textContent).toMatch(/131047: .+/);
  });

  it('draws a template an agent sent from the workspace’s copy, with its cost category', () => {
    const template: WorkspaceTemplate = {
      id: 't',
      name: 'delivery_check',
      language: 'en_US',
      category: 'utility',
      status: 'APPROVED',
      kind: 'custom',
      components: [{ type: 'BODY', text: 'Hi {{1}}, did order {{2}} arrive?' }],
      updatedAt: 0,
    };
    const message = {
      type: 'template',
      template: {
        name: 'delivery_check',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: '#77' },
            ],
          },
        ],
      },
    };
    const container = render(row({ type: 'template', price: 'utility', content: { message, agent: 'Sam' } }), [
      template,
    ]);
    expect(container.textContent).toContain('Hi Ana, did order #77 arrive?');
    expect(container.querySelector('[data-template]')?.getAttribute('data-template')).toBe('delivery_check');
    expect(container.querySelector('.ptag')?.getAttribute('data-price')).toBe('utility');
  });

  it('tells a phone-app echo and the customer apart from the bot', () => {
    const echo = render(row({ sender: 'echo', content: { type: 'text', text: 'From my phone' }, price: null }));
    expect(echo.querySelector('[data-sender]')?.getAttribute('data-sender')).toBe('phone');
    expect(echo.querySelector('.tl-msg__who')?.textContent).toBe('Phone app');
    expect(echo.querySelector('.ticks')).toBeNull();
    const inbound = render(
      row({ direction: 'in', sender: 'customer', content: { type: 'text', text: 'Hi' }, price: null }),
    );
    expect(inbound.querySelector('[data-sender]')?.getAttribute('data-sender')).toBe('customer');
    expect(inbound.querySelector('.tl-msg__who')).toBeNull();
  });
});
