import { describe, expect, it } from 'vitest';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { templateParams, templateToStepData } from './templateToStepData.ts';

const template: WorkspaceTemplate = {
  id: 't1',
  name: 'order_update',
  language: 'en_US',
  category: 'UTILITY',
  status: 'APPROVED',
  kind: 'custom',
  updatedAt: 0,
  components: [
    { type: 'HEADER', format: 'TEXT', text: 'Order {{1}}' },
    { type: 'BODY', text: 'Hi {{1}}, your order {{2}} ships today.' },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Track order' },
        { type: 'URL', text: 'Open', url: 'https://shop.example/o/{{1}}' },
      ],
    },
  ],
};

describe('templateToStepData', () => {
  it('fills a template step with the approved content and empty parameters', () => {
    expect(templateToStepData(template)).toEqual({
      name: 'order_update',
      language: 'en_US',
      category: 'utility',
      parameterFormat: 'positional',
      header: { format: 'text', text: 'Order {{1}}', params: [{ value: '' }] },
      body: 'Hi {{1}}, your order {{2}} ships today.',
      bodyParams: [{ value: '' }, { value: '' }],
      footer: 'Reply STOP to opt out',
      buttons: [
        { type: 'quickReply', id: 'track_order', text: 'Track order' },
        { type: 'url', text: 'Open', url: 'https://shop.example/o/{{1}}', param: '' },
      ],
    });
  });

  it('keeps parameter values when re-reading the same text, by name for named templates', () => {
    expect(templateParams('{{2}} {{1}}', [{ value: 'a' }, { value: 'b' }])).toEqual([{ value: 'a' }, { value: 'b' }]);
    expect(templateParams('Hi {{first}} {{order}}', [{ name: 'order', value: 'x' }])).toEqual([
      { name: 'first', value: '' },
      { name: 'order', value: 'x' },
    ]);
  });
});
