// @vitest-environment happy-dom
import type { OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageBubble } from './MessageBubble.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const containers: HTMLElement[] = [];
afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});

function render(element: React.ReactElement): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  act(() => createRoot(container).render(element));
  return container;
}

describe('MessageBubble', () => {
  it('shows user text literally: a <script> stays text, formatting becomes elements', () => {
    const message: OutboundMessage = { type: 'text', text: { body: '<script>alert(1)</script> *bold* <b>x</b>' } };
    const container = render(<MessageBubble message={message} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('<b>x</b>');
    expect(container.querySelector('strong')?.textContent).toBe('bold');
  });

  it('draws reply buttons under the bubble and lets the caller wrap each choice', () => {
    const message: OutboundMessage = {
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Demo' },
        body: { text: 'Want one?' },
        footer: { text: 'Salesbot' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'y', title: 'Yes' } },
            { type: 'reply', reply: { id: 'n', title: 'No' } },
          ],
        },
      },
    };
    const container = render(
      <MessageBubble
        message={message}
        renderChoice={(choice, element) => <span data-wrapped={choice.id}>{element}</span>}
      />,
    );
    expect(container.querySelector('.wa-header')?.textContent).toBe('Demo');
    expect(container.querySelector('.wa-footer')?.textContent).toBe('Salesbot');
    expect(
      [...container.querySelectorAll('[data-wrapped]')].map((e) => [e.getAttribute('data-wrapped'), e.textContent]),
    ).toEqual([
      ['y', 'Yes'],
      ['n', 'No'],
    ]);
  });

  it('opens list rows by section when expanded', () => {
    const message: OutboundMessage = {
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick' },
        action: {
          button: 'Options',
          sections: [{ title: 'Plans', rows: [{ id: 'a', title: 'Basic', description: '€9' }] }],
        },
      },
    };
    const collapsed = render(<MessageBubble message={message} />);
    expect(collapsed.querySelector('.wa-list')).toBeNull();
    const expanded = render(<MessageBubble message={message} expandList />);
    expect(expanded.querySelector('.wa-list__title')?.textContent).toBe('Plans');
    expect(expanded.querySelector('.wa-list__row')?.textContent).toContain('Basic€9');
  });

  it('draws a template with its buttons and carousel cards', () => {
    const message: OutboundMessage = { type: 'template', template: { name: 'promo', language: { code: 'en' } } };
    const display: TemplateDisplay = {
      name: 'promo',
      language: 'en',
      category: 'marketing',
      body: 'New *arrivals*',
      buttons: [
        { type: 'quickReply', text: 'Stop', id: 'stop' },
        { type: 'url', text: 'Shop', url: 'https://x' },
      ],
      cards: [
        { header: { format: 'image' }, body: 'Boots', buttons: [{ type: 'quickReply', text: 'Buy', id: 'buy' }] },
      ],
    };
    const container = render(<MessageBubble message={message} display={display} />);
    expect(container.querySelector('strong')?.textContent).toBe('arrivals');
    expect(container.querySelector('.wa-replies')?.textContent).toBe('Stop');
    expect(container.querySelector('.wa-inline-action')?.textContent).toBe('Shop');
    expect(container.querySelectorAll('.wa-card')).toHaveLength(1);
  });

  it('shows placeholders as chips in the editor', () => {
    const container = render(
      <MessageBubble message={{ type: 'text', text: { body: 'Hi {{contact.first_name}}' } }} placeholders />,
    );
    expect(container.querySelector('.wa-var')?.textContent).toBe('contact.first_name');
  });
});
