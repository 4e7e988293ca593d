import { describe, expect, it } from 'vitest';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { contactValues } from './contactValues.ts';
import { createTemplateDraft, displayOfSentTemplate, renderTemplateDraft } from './templateDraft.ts';

const template = (
  name: string,
  components: WorkspaceTemplate['components'],
  category = 'utility',
): WorkspaceTemplate => ({
  id: `tp_${name}`,
  name,
  language: 'en_US',
  category: category as WorkspaceTemplate['category'],
  status: 'APPROVED',
  kind: 'custom',
  components,
  updatedAt: 0,
});

const deliveryCheck = template('delivery_check', [
  { type: 'BODY', text: 'Hi {{1}}, your order {{2}} should have arrived by now. Did everything reach you OK?' },
  { type: 'FOOTER', text: 'Trailhead Outfitters' },
  {
    type: 'BUTTONS',
    buttons: [
      { type: 'QUICK_REPLY', text: 'Received' },
      { type: 'QUICK_REPLY', text: 'Not yet' },
    ],
  },
]);
const orderShipped = template('order_shipped', [
  { type: 'HEADER', format: 'TEXT', text: 'Your order is on its way' },
  { type: 'BODY', text: 'Hi {{customer_name}}, your order {{order_id}} ships by {{eta}}.' },
  { type: 'BUTTONS', buttons: [{ type: 'URL', text: 'Track', url: 'https://shop.example.com/o/{{1}}' }] },
]);
const nudge = template(
  'spring_sale_nudge',
  [
    { type: 'HEADER', format: 'IMAGE' },
    { type: 'BODY', text: 'Hi {{1}}, 30% off until March 31.' },
  ],
  'marketing',
);
const ana = contactValues({ waId: '34600111222', name: 'Ana Ruiz', fields: { order_id: 'A-1001' } });

describe('template drafts', () => {
  it('fills {{1}} of the body with the first name and leaves the rest to the agent', () => {
    const draft = createTemplateDraft(deliveryCheck, ana);
    expect(draft.slots.map((slot) => [slot.label, slot.source])).toEqual([
      ['{{1}}', { kind: 'field', field: 'first_name' }],
      ['{{2}}', { kind: 'text', text: '' }],
    ]);
    expect(renderTemplateDraft(draft, ana).missing).toEqual(['{{2}}']);
    draft.slots[1]!.source = { kind: 'text', text: '#1001 {{contact.name}}' };
    const rendered = renderTemplateDraft(draft, ana);
    expect(rendered.missing).toEqual([]);
    expect(rendered.message).toEqual({
      type: 'template',
      template: {
        name: 'delivery_check',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Ana' },
              { type: 'text', text: '#1001 {{contact.name}}' },
            ],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '0',
            parameters: [{ type: 'payload', payload: 'received' }],
          },
          {
            type: 'button',
            sub_type: 'quick_reply',
            index: '1',
            parameters: [{ type: 'payload', payload: 'not_yet' }],
          },
        ],
      },
    });
    // Typed text is shown as typed, placeholders and all.
    expect(rendered.display.body).toBe(
      'Hi Ana, your order #1001 {{contact.name}} should have arrived by now. Did everything reach you OK?',
    );
  });

  it('named parameters match contact fields by name; URL buttons and media headers ask for their value', () => {
    const draft = createTemplateDraft(orderShipped, ana);
    expect(draft.slots.map((slot) => [slot.label, slot.source])).toEqual([
      ['{{customer_name}}', { kind: 'field', field: 'name' }],
      ['{{order_id}}', { kind: 'field', field: 'order_id' }],
      ['{{eta}}', { kind: 'text', text: '' }],
      ['Button “Track” link {{1}}', { kind: 'text', text: '' }],
    ]);
    draft.slots[2]!.source = { kind: 'text', text: 'Friday' };
    draft.slots[3]!.source = { kind: 'field', field: 'order_id' };
    const rendered = renderTemplateDraft(draft, ana);
    expect(rendered.display.body).toBe('Hi Ana Ruiz, your order A-1001 ships by Friday.');
    expect(rendered.display.buttons[0]).toMatchObject({ type: 'url', url: 'https://shop.example.com/o/A-1001' });
    const media = createTemplateDraft(nudge, ana);
    expect(media.slots.map((slot) => slot.label)).toEqual(['Header image link', '{{1}}']);
    expect(renderTemplateDraft(media, ana).missing).toEqual(['Header image link']);
  });

  it('shows a sent template message as the customer saw it', () => {
    const draft = createTemplateDraft(orderShipped, ana);
    draft.slots[2]!.source = { kind: 'text', text: 'Friday' };
    draft.slots[3]!.source = { kind: 'text', text: 'A-1001' };
    const { message, display } = renderTemplateDraft(draft, ana);
    if (message.type !== 'template') throw new Error('not a template');
    expect(displayOfSentTemplate(orderShipped, message)).toEqual(display);
    expect(displayOfSentTemplate(undefined, message)).toBeNull();
  });
});
