import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderTemplate } from './template.ts';

describe('renderTemplate', () => {
  it('sends no components when the template has no parameter', () => {
    const node = createNode('template', {
      name: 'welcome_back',
      language: 'en_US',
      category: 'marketing',
      body: 'We missed you!',
      footer: 'Acme',
      buttons: [{ type: 'phone', text: 'Call us', phoneNumber: '+15550001111' }],
    });
    expect(renderTemplate(node, {})).toEqual({
      type: 'template',
      template: { name: 'welcome_back', language: { code: 'en_US' } },
    });
  });

  it('fills positional header and body parameters', () => {
    const node = createNode('template', {
      name: 'order_update',
      language: 'es',
      category: 'utility',
      header: { format: 'text', text: 'Order {{1}}', params: [{ value: '{{order_id}}' }] },
      body: 'Hola {{1}}, your order ships on {{2}}.',
      bodyParams: [{ value: '{{contact.first_name}}' }, { value: '{{ship_date}}' }],
    });
    expect(renderTemplate(node, { order_id: 'A-17', 'contact.first_name': 'Ana', ship_date: '3 March' })).toEqual({
      type: 'template',
      template: {
        name: 'order_update',
        language: { code: 'es' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: 'A-17' }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: '3 March' },
            ],
          },
        ],
      },
    });
  });

  it('sends parameter_name for named templates', () => {
    const node = createNode('template', {
      name: 'order_named',
      language: 'en',
      category: 'utility',
      parameterFormat: 'named',
      body: 'Hi {{first_name}}, order {{order_id}} is on its way.',
      bodyParams: [
        { name: 'first_name', value: '{{contact.first_name}}' },
        { name: 'order_id', value: 'A-17' },
      ],
    });
    expect(renderTemplate(node, { 'contact.first_name': 'Ana' })).toEqual({
      type: 'template',
      template: {
        name: 'order_named',
        language: { code: 'en' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana', parameter_name: 'first_name' },
              { type: 'text', text: 'A-17', parameter_name: 'order_id' },
            ],
          },
        ],
      },
    });
  });

  it('sends quick-reply payloads (the button ids) and URL parameters with their index among all buttons', () => {
    const node = createNode('template', {
      name: 'reengage',
      language: 'en_US',
      category: 'marketing',
      header: { format: 'image', link: 'https://cdn.test/sale.jpg' },
      body: 'Still interested?',
      buttons: [
        { type: 'url', text: 'Shop', url: 'https://shop.test/{{1}}', param: '{{cart_id}}' },
        { type: 'quickReply', id: 'interested', text: 'Yes' },
        { type: 'phone', text: 'Call', phoneNumber: '+15550001111' },
        { type: 'quickReply', id: 'stop', text: 'Stop' },
        { type: 'url', text: 'Terms', url: 'https://shop.test/terms' },
        { type: 'copyCode', text: 'Copy code', code: 'SAVE{{pct}}' },
      ],
    });
    expect(renderTemplate(node, { cart_id: 'c9', pct: 20 })).toEqual({
      type: 'template',
      template: {
        name: 'reengage',
        language: { code: 'en_US' },
        components: [
          { type: 'header', parameters: [{ type: 'image', image: { link: 'https://cdn.test/sale.jpg' } }] },
          { type: 'button', sub_type: 'url', index: '0', parameters: [{ type: 'text', text: 'c9' }] },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'interested' }],
          },
          { type: 'button', sub_type: 'quick_reply', index: '3', parameters: [{ type: 'payload', payload: 'stop' }] },
          {
            type: 'button',
            sub_type: 'copy_code',
            index: '5',
            parameters: [{ type: 'coupon_code', coupon_code: 'SAVE20' }],
          },
        ],
      },
    });
  });

  it('sends a document header by id and a location header', () => {
    const documentNode = createNode('template', {
      name: 'invoice',
      language: 'en',
      category: 'utility',
      header: { format: 'document', mediaId: '4242' },
      body: 'Your invoice',
    });
    expect(renderTemplate(documentNode, {})).toEqual({
      type: 'template',
      template: {
        name: 'invoice',
        language: { code: 'en' },
        components: [{ type: 'header', parameters: [{ type: 'document', document: { id: '4242' } }] }],
      },
    });
    const locationNode = createNode('template', {
      name: 'store_visit',
      language: 'en',
      category: 'utility',
      header: { format: 'location', latitude: 40.4, longitude: -3.7, name: 'Acme {{city}}' },
      body: 'See you there',
    });
    expect(renderTemplate(locationNode, { city: 'Madrid' })).toEqual({
      type: 'template',
      template: {
        name: 'store_visit',
        language: { code: 'en' },
        components: [
          {
            type: 'header',
            parameters: [{ type: 'location', location: { latitude: 40.4, longitude: -3.7, name: 'Acme Madrid' } }],
          },
        ],
      },
    });
  });
});
