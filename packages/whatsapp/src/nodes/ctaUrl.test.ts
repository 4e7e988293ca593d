import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderCtaUrl } from './ctaUrl.ts';

describe('renderCtaUrl', () => {
  it('renders the button text and the filled URL', () => {
    const node = createNode('ctaUrl', {
      body: 'Your quote is ready, {{contact.first_name}}.',
      displayText: 'Open quote',
      url: 'https://shop.test/quotes/{{quote_id}}',
    });
    expect(renderCtaUrl(node, { 'contact.first_name': 'Ana', quote_id: 'Q-42' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        body: { text: 'Your quote is ready, Ana.' },
        action: { name: 'cta_url', parameters: { display_text: 'Open quote', url: 'https://shop.test/quotes/Q-42' } },
      },
    });
  });

  it('adds a media header and a footer when set', () => {
    const node = createNode('ctaUrl', {
      header: { type: 'video', link: 'https://cdn.test/tour.mp4' },
      body: 'Take the tour',
      footer: 'Acme',
      displayText: 'Watch',
      url: 'https://acme.test',
    });
    expect(renderCtaUrl(node, {})).toEqual({
      type: 'interactive',
      interactive: {
        type: 'cta_url',
        header: { type: 'video', video: { link: 'https://cdn.test/tour.mp4' } },
        body: { text: 'Take the tour' },
        footer: { text: 'Acme' },
        action: { name: 'cta_url', parameters: { display_text: 'Watch', url: 'https://acme.test' } },
      },
    });
  });
});
