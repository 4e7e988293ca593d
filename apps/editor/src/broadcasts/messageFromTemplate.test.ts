import { describe, expect, it } from 'vitest';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { messageFromTemplate } from './messageFromTemplate.ts';

const template = (patch: Partial<WorkspaceTemplate>): WorkspaceTemplate => ({
  id: 'tp_1',
  name: 'spring_promo',
  language: 'en_US',
  category: 'marketing',
  status: 'APPROVED',
  kind: 'custom',
  components: [
    { type: 'HEADER', format: 'IMAGE' },
    { type: 'BODY', text: 'Hi {{1}}, your code is {{2}}.' },
    { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Show me' }] },
  ],
  updatedAt: 0,
  ...patch,
});

describe('messageFromTemplate', () => {
  it('makes a template step with the first positional parameter set to the first name, the rest to fill', () => {
    expect(messageFromTemplate(template({}))).toEqual({
      type: 'template',
      data: {
        name: 'spring_promo',
        language: 'en_US',
        category: 'marketing',
        parameterFormat: 'positional',
        header: { format: 'image', link: '' },
        body: 'Hi {{1}}, your code is {{2}}.',
        bodyParams: [{ value: '{{contact.first_name}}' }, { value: '' }],
        buttons: [{ type: 'quickReply', id: 'show_me', text: 'Show me' }],
      },
    });
  });

  it('fills named parameters that name a contact field, and makes carousels carousel steps', () => {
    const named = messageFromTemplate(
      template({ components: [{ type: 'BODY', text: 'Hello {{first_name}}, order {{order_id}} shipped.' }] }),
    );
    expect(named.data.bodyParams).toEqual([
      { name: 'first_name', value: '{{contact.first_name}}' },
      { name: 'order_id', value: '' },
    ]);
    const carousel = messageFromTemplate(
      template({
        kind: 'carousel',
        components: [
          { type: 'BODY', text: '{{1}}, pick one' },
          { type: 'CAROUSEL', cards: [{ components: [{ type: 'HEADER', format: 'IMAGE' }] }] },
        ],
      }),
    );
    expect(carousel.type).toBe('carousel');
    expect(carousel.data.bodyParams).toEqual([{ value: '{{contact.first_name}}' }]);
  });
});
