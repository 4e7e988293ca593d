import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import { createGraphWith } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

const named = { parameterFormat: 'named' as const };

const CASES: [string, ReturnType<typeof createGraphWith>, Partial<Diagnostic>][] = [
  [
    'a gap in positional numbers',
    createGraphWith('template', { body: 'A {{1}} B {{3}}', bodyParams: [{ value: 'a' }, { value: 'b' }] }),
    { code: 'template.paramFormat', path: 'body' },
  ],
  [
    'a name on a positional value',
    createGraphWith('template', { bodyParams: [{ name: 'x', value: 'a' }] }),
    { code: 'template.paramFormat', path: 'bodyParams.0.name' },
  ],
  [
    'a number in a named template',
    createGraphWith('template', { ...named, body: 'Order {{1}}', bodyParams: [{ name: 'x', value: 'a' }] }),
    { code: 'template.paramFormat', path: 'body' },
  ],
  [
    'a value without name in a named template',
    createGraphWith('template', { ...named, body: 'Order {{order_id}}', bodyParams: [{ value: '1' }] }),
    { code: 'template.paramFormat', path: 'bodyParams.0.name' },
  ],
  [
    'a named placeholder without value',
    createGraphWith('template', {
      ...named,
      body: 'Order {{order_id}} by {{eta}}',
      bodyParams: [{ name: 'order_id', value: '1' }],
    }),
    { code: 'template.paramCount', path: 'bodyParams', message: 'The body has no value for {{eta}}.' },
  ],
  [
    'a named value matching nothing',
    createGraphWith('template', { ...named, body: 'Hi', bodyParams: [{ name: 'eta', value: '1' }] }),
    { code: 'template.paramCount', path: 'bodyParams.0' },
  ],
  [
    'two placeholders in a header',
    createGraphWith('template', {
      header: { format: 'text', text: '{{1}} and {{2}}', params: [{ value: 'a' }, { value: 'b' }] },
    }),
    { code: 'template.paramCount', path: 'header.text' },
  ],
  [
    'a placeholder in a footer',
    createGraphWith('template', { footer: 'Ref {{1}}' }),
    { code: 'template.paramCount', path: 'footer' },
  ],
  [
    'a URL placeholder without value',
    createGraphWith('template', { buttons: [{ type: 'url', text: 'Track', url: 'https://e.com/{{1}}' }] }),
    { code: 'template.paramCount', path: 'buttons.0.param' },
  ],
  [
    'a URL value without placeholder',
    createGraphWith('template', {
      buttons: [{ type: 'url', text: 'Track', url: 'https://e.com/', param: '{{order_id}}' }],
    }),
    { code: 'template.paramCount', path: 'buttons.0.param' },
  ],
  [
    'a card body value count',
    createGraphWith('carousel', {
      cards: [0, 1].map(() => ({
        header: { format: 'image' as const, link: 'https://e.com/a.jpg' },
        body: 'Only {{1}}',
        bodyParams: [],
      })),
    }),
    { code: 'template.paramCount', path: 'cards.0.bodyParams' },
  ],
  [
    'a Flow template value count',
    createGraphWith('whatsappFlow', {
      template: { name: 't', language: 'en', category: 'marketing', body: 'Hi {{1}}', buttonText: 'Open' },
    }),
    { code: 'template.paramCount', path: 'template.bodyParams' },
  ],
];

describe('template parameters', () => {
  it.each(CASES)('%s', (_, graph, expected) => {
    expect(validateGraph(graph)).toContainEqual(expect.objectContaining({ nodeId: 'step', ...expected }));
  });

  it('accepts matching named and positional parameters, and URL suffixes', () => {
    const graphs = [
      createGraphWith('template', {
        ...named,
        header: { format: 'text', text: 'Order {{order_id}}', params: [{ name: 'order_id', value: '{{order_id}}' }] },
        body: 'Hi {{name}}, order {{order_id}} arrives {{eta}}; {{name}}!',
        bodyParams: ['name', 'order_id', 'eta'].map((name) => ({ name, value: `{{contact.name}} ${name}` })),
        buttons: [{ type: 'url', text: 'Track', url: 'https://e.com/o/{{1}}', param: '{{order_id}}' }],
      }),
      createGraphWith('template', { body: '{{2}} then {{1}} and {{1}}', bodyParams: [{ value: 'a' }, { value: 'b' }] }),
    ];
    for (const graph of graphs) expect(validateGraph(graph)).toEqual([]);
  });
});
