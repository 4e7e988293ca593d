import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderButtons } from './buttons.ts';

describe('renderButtons', () => {
  it('renders reply buttons with ids and filled titles, without unset header and footer', () => {
    const node = createNode('buttons', {
      body: 'Hi {{contact.first_name}}, want a demo?',
      buttons: [
        { id: 'yes', title: 'Yes please' },
        { id: 'later', title: 'Later' },
      ],
    });
    expect(renderButtons(node, { 'contact.first_name': 'Ana' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Hi Ana, want a demo?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: 'yes', title: 'Yes please' } },
            { type: 'reply', reply: { id: 'later', title: 'Later' } },
          ],
        },
      },
    });
  });

  it('adds a text header and a footer when set', () => {
    const node = createNode('buttons', {
      header: { type: 'text', text: 'Demo for {{company}}' },
      body: 'Pick one',
      footer: 'Reply STOP to opt out',
      buttons: [{ id: 'ok', title: 'OK' }],
    });
    expect(renderButtons(node, { company: 'Acme' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'button',
        header: { type: 'text', text: 'Demo for Acme' },
        body: { text: 'Pick one' },
        footer: { text: 'Reply STOP to opt out' },
        action: { buttons: [{ type: 'reply', reply: { id: 'ok', title: 'OK' } }] },
      },
    });
  });

  it('takes an image header by link or id', () => {
    const byLink = createNode('buttons', {
      header: { type: 'image', link: 'https://cdn.test/p.png' },
      body: 'b',
      buttons: [{ id: 'a', title: 'A' }],
    });
    expect(renderButtons(byLink, {})).toMatchObject({
      interactive: { header: { type: 'image', image: { link: 'https://cdn.test/p.png' } } },
    });
    const byId = createNode('buttons', {
      header: { type: 'document', mediaId: '55' },
      body: 'b',
      buttons: [{ id: 'a', title: 'A' }],
    });
    expect(renderButtons(byId, {})).toMatchObject({
      interactive: { header: { type: 'document', document: { id: '55' } } },
    });
  });
});
