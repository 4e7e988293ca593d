import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderText } from './text.ts';

describe('renderText', () => {
  it('fills placeholders in the body', () => {
    const node = createNode('text', { body: 'Hi {{contact.first_name}}, your budget is {{budget}} €' });
    expect(renderText(node, { 'contact.first_name': 'Ana', budget: 5000 })).toEqual({
      type: 'text',
      text: { body: 'Hi Ana, your budget is 5000 €' },
    });
  });

  it('renders an unknown placeholder as empty and keeps WhatsApp formatting', () => {
    const node = createNode('text', { body: '*Hello* {{nobody}}_!_' });
    expect(renderText(node, {})).toEqual({ type: 'text', text: { body: '*Hello* _!_' } });
  });

  it('sends preview_url only when the step sets it', () => {
    expect(renderText(createNode('text', { body: 'https://x.test', previewUrl: true }), {})).toEqual({
      type: 'text',
      text: { body: 'https://x.test', preview_url: true },
    });
    expect(renderText(createNode('text', { body: 'https://x.test', previewUrl: false }), {})).toEqual({
      type: 'text',
      text: { body: 'https://x.test', preview_url: false },
    });
  });
});
