import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderCarousel } from './carousel.ts';

describe('renderCarousel', () => {
  it('renders body parameters, then one card per card with header, body parameters and buttons', () => {
    const node = createNode('carousel', {
      name: 'spring_picks',
      language: 'en_US',
      category: 'marketing',
      body: 'Hi {{1}}, our spring picks:',
      bodyParams: [{ value: '{{contact.first_name}}' }],
      cards: [
        {
          header: { format: 'image', link: 'https://cdn.test/1.jpg' },
          body: 'Sofa at {{1}}',
          bodyParams: [{ value: '{{price_1}}' }],
          buttons: [
            { type: 'quickReply', id: 'sofa', text: 'I want it' },
            { type: 'url', text: 'Details', url: 'https://shop.test/p/{{1}}', param: 'sofa-1' },
          ],
        },
        {
          header: { format: 'video', mediaId: '777' },
          body: 'Lamp',
          buttons: [
            { type: 'quickReply', id: 'lamp', text: 'I want it' },
            { type: 'phone', text: 'Call', phoneNumber: '+15550001111' },
          ],
        },
      ],
    });
    expect(renderCarousel(node, { 'contact.first_name': 'Ana', price_1: '€499' })).toEqual({
      type: 'template',
      template: {
        name: 'spring_picks',
        language: { code: 'en_US' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
          {
            type: 'carousel',
            cards: [
              {
                card_index: 0,
                components: [
                  { type: 'header', parameters: [{ type: 'image', image: { link: 'https://cdn.test/1.jpg' } }] },
                  { type: 'body', parameters: [{ type: 'text', text: '€499' }] },
                  {
                    type: 'button',
                    sub_type: 'quick_reply',
                    index: '0',
                    parameters: [{ type: 'payload', payload: 'sofa' }],
                  },
                  { type: 'button', sub_type: 'url', index: '1', parameters: [{ type: 'text', text: 'sofa-1' }] },
                ],
              },
              {
                card_index: 1,
                components: [
                  { type: 'header', parameters: [{ type: 'video', video: { id: '777' } }] },
                  {
                    type: 'button',
                    sub_type: 'quick_reply',
                    index: '0',
                    parameters: [{ type: 'payload', payload: 'lamp' }],
                  },
                ],
              },
            ],
          },
        ],
      },
    });
  });

  it('has only the carousel component when the message body has no parameter', () => {
    const node = createNode('carousel', {
      name: 'two_cards',
      language: 'en',
      category: 'marketing',
      body: 'Pick one',
      cards: [{ header: { format: 'image', mediaId: '1' } }, { header: { format: 'image', mediaId: '2' } }],
    });
    expect(renderCarousel(node, {})).toEqual({
      type: 'template',
      template: {
        name: 'two_cards',
        language: { code: 'en' },
        components: [
          {
            type: 'carousel',
            cards: [
              { card_index: 0, components: [{ type: 'header', parameters: [{ type: 'image', image: { id: '1' } }] }] },
              { card_index: 1, components: [{ type: 'header', parameters: [{ type: 'image', image: { id: '2' } }] }] },
            ],
          },
        ],
      },
    });
  });
});
