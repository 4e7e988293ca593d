import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderList } from './list.ts';

describe('renderList', () => {
  it('renders sections and rows, titles and descriptions only when set', () => {
    const node = createNode('list', {
      header: 'Book a visit',
      body: 'When suits you, {{contact.first_name}}?',
      footer: 'Times are local',
      buttonLabel: 'See times',
      sections: [
        {
          title: 'Morning',
          rows: [
            { id: 'mon-9', title: 'Monday 9:00', description: 'With {{agent}}' },
            { id: 'tue-9', title: 'Tuesday 9:00' },
          ],
        },
        { rows: [{ id: 'none', title: 'None of these' }] },
      ],
    });
    expect(renderList(node, { 'contact.first_name': 'Ana', agent: 'Bo' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'list',
        header: { type: 'text', text: 'Book a visit' },
        body: { text: 'When suits you, Ana?' },
        footer: { text: 'Times are local' },
        action: {
          button: 'See times',
          sections: [
            {
              title: 'Morning',
              rows: [
                { id: 'mon-9', title: 'Monday 9:00', description: 'With Bo' },
                { id: 'tue-9', title: 'Tuesday 9:00' },
              ],
            },
            { rows: [{ id: 'none', title: 'None of these' }] },
          ],
        },
      },
    });
  });

  it('leaves out header and footer when unset', () => {
    const node = createNode('list', {
      body: 'Pick',
      buttonLabel: 'Open',
      sections: [{ rows: [{ id: 'a', title: 'A' }] }],
    });
    expect(renderList(node, {})).toEqual({
      type: 'interactive',
      interactive: {
        type: 'list',
        body: { text: 'Pick' },
        action: { button: 'Open', sections: [{ rows: [{ id: 'a', title: 'A' }] }] },
      },
    });
  });
});
