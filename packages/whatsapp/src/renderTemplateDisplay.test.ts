import { describe, expect, it } from 'vitest';
import { renderTemplateDisplay } from './renderTemplateDisplay.ts';
import { createNode } from './testing/createNode.ts';

describe('renderTemplateDisplay', () => {
  it('fills a template the way the customer sees it', () => {
    const node = createNode('template', {
      name: 'reengage',
      language: 'en_US',
      category: 'marketing',
      header: { format: 'text', text: 'Hello {{1}}', params: [{ value: '{{contact.first_name}}' }] },
      body: 'Your cart {{1}} is waiting, {{2}}.',
      bodyParams: [{ value: '{{cart_id}}' }, { value: '{{contact.first_name}}' }],
      footer: 'Acme',
      buttons: [
        { type: 'quickReply', id: 'interested', text: 'Yes' },
        { type: 'url', text: 'Open cart', url: 'https://shop.test/c/{{1}}', param: '{{cart_id}}' },
        { type: 'url', text: 'Terms', url: 'https://shop.test/terms' },
        { type: 'phone', text: 'Call', phoneNumber: '+15550001111' },
        { type: 'copyCode', text: 'Copy', code: 'SAVE10' },
      ],
    });
    expect(renderTemplateDisplay(node, { 'contact.first_name': 'Ana', cart_id: 'c9' })).toEqual({
      name: 'reengage',
      language: 'en_US',
      category: 'marketing',
      header: { format: 'text', text: 'Hello Ana' },
      body: 'Your cart c9 is waiting, Ana.',
      footer: 'Acme',
      buttons: [
        { type: 'quickReply', text: 'Yes', id: 'interested' },
        { type: 'url', text: 'Open cart', url: 'https://shop.test/c/c9' },
        { type: 'url', text: 'Terms', url: 'https://shop.test/terms' },
        { type: 'phone', text: 'Call', phoneNumber: '+15550001111' },
        { type: 'copyCode', text: 'Copy', code: 'SAVE10' },
      ],
    });
  });

  it('fills named parameters and shows media headers by link', () => {
    const node = createNode('template', {
      name: 'order_named',
      language: 'en',
      category: 'utility',
      parameterFormat: 'named',
      header: { format: 'image', link: 'https://cdn.test/box.jpg' },
      body: 'Order {{order_id}} for {{first_name}}',
      bodyParams: [
        { name: 'first_name', value: 'Ana' },
        { name: 'order_id', value: '{{order}}' },
      ],
    });
    expect(renderTemplateDisplay(node, { order: 'A-17' })).toEqual({
      name: 'order_named',
      language: 'en',
      category: 'utility',
      header: { format: 'image', link: 'https://cdn.test/box.jpg' },
      body: 'Order A-17 for Ana',
      buttons: [],
    });
  });

  it('shows carousel cards', () => {
    const node = createNode('carousel', {
      name: 'spring_picks',
      language: 'en',
      category: 'marketing',
      body: 'Hi {{1}}',
      bodyParams: [{ value: 'Ana' }],
      cards: [
        {
          header: { format: 'image', link: 'https://cdn.test/1.jpg' },
          body: 'Sofa {{1}}',
          bodyParams: [{ value: '€499' }],
          buttons: [{ type: 'quickReply', id: 'sofa', text: 'Want' }],
        },
        {
          header: { format: 'video', mediaId: '5' },
          buttons: [{ type: 'url', text: 'See', url: 'https://shop.test/lamp' }],
        },
      ],
    });
    expect(renderTemplateDisplay(node, {})).toEqual({
      name: 'spring_picks',
      language: 'en',
      category: 'marketing',
      body: 'Hi Ana',
      buttons: [],
      cards: [
        {
          header: { format: 'image', link: 'https://cdn.test/1.jpg' },
          body: 'Sofa €499',
          buttons: [{ type: 'quickReply', text: 'Want', id: 'sofa' }],
        },
        { header: { format: 'video' }, buttons: [{ type: 'url', text: 'See', url: 'https://shop.test/lamp' }] },
      ],
    });
  });

  it("shows a Flow step's template fallback, or null without one", () => {
    const withTemplate = createNode('whatsappFlow', {
      flowName: 'signup',
      body: 'b',
      cta: 'c',
      screens: [],
      template: {
        name: 'signup_invite',
        language: 'en',
        category: 'utility',
        body: 'Hi {{1}}',
        bodyParams: [{ value: '{{contact.first_name}}' }],
        buttonText: 'Open form',
      },
    });
    expect(renderTemplateDisplay(withTemplate, { 'contact.first_name': 'Ana' })).toEqual({
      name: 'signup_invite',
      language: 'en',
      category: 'utility',
      body: 'Hi Ana',
      buttons: [{ type: 'flow', text: 'Open form' }],
    });
    const without = createNode('whatsappFlow', { flowName: 'signup', body: 'b', cta: 'c', screens: [] });
    expect(renderTemplateDisplay(without, {})).toBeNull();
  });
});
