import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import type { CarouselButton } from '../nodes/carousel.ts';
import { createGraphWith } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

const rows = (n: number, prefix = 'r') =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, title: `Row ${prefix}${i}` }));
const card = (
  buttons: CarouselButton[] = [{ type: 'url', text: 'Buy', url: 'https://example.com' }],
  body?: string,
) => ({
  header: { format: 'image' as const, link: 'https://example.com/c.jpg' },
  ...(body ? { body } : {}),
  buttons,
});
const long = (n: number) => 'x'.repeat(n);

/** [what, graph, the diagnostic expected (code, path and any other fields)] */
const CASES: [string, ReturnType<typeof createGraphWith>, Partial<Diagnostic>][] = [
  [
    '11 rows across two sections',
    createGraphWith('list', {
      sections: [
        { title: 'A', rows: rows(6) },
        { title: 'B', rows: rows(5, 's') },
      ],
    }),
    { code: 'limit.tooMany', path: 'sections', message: 'There are 11 rows in total; WhatsApp allows at most 10.' },
  ],
  [
    '11 sections',
    createGraphWith('list', { sections: Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, rows: rows(0) })) }),
    { code: 'limit.tooMany', path: 'sections' },
  ],
  [
    'a section without title among several',
    createGraphWith('list', { sections: [{ title: 'A', rows: rows(1) }, { rows: rows(1, 's') }] }),
    { code: 'field.required', path: 'sections.1.title' },
  ],
  [
    'a 25-character row title',
    createGraphWith('list', { sections: [{ rows: [{ id: 'r', title: long(25) }] }] }),
    { code: 'limit.tooLong', path: 'sections.0.rows.0.title' },
  ],
  [
    'a 73-character row description',
    createGraphWith('list', { sections: [{ rows: [{ id: 'r', title: 'R', description: long(73) }] }] }),
    { code: 'limit.tooLong', path: 'sections.0.rows.0.description' },
  ],
  [
    'a 201-character row id',
    createGraphWith('list', { sections: [{ rows: [{ id: long(201), title: 'R' }] }] }),
    { code: 'limit.tooLong', path: 'sections.0.rows.0.id' },
  ],
  [
    'a 21-character list button',
    createGraphWith('list', { buttonLabel: long(21) }),
    { code: 'limit.tooLong', path: 'buttonLabel' },
  ],
  [
    'a 1025-character interactive body',
    createGraphWith('buttons', { body: long(1025) }),
    { code: 'limit.tooLong', path: 'body', message: 'Body is 1,025 characters; WhatsApp allows 1,024.' },
  ],
  ['a 61-character footer', createGraphWith('ctaUrl', { footer: long(61) }), { code: 'limit.tooLong', path: 'footer' }],
  [
    'a 61-character header',
    createGraphWith('buttons', { header: { type: 'text', text: long(61) } }),
    { code: 'limit.tooLong', path: 'header.text' },
  ],
  ['a 4097-character text', createGraphWith('text', { body: long(4097) }), { code: 'limit.tooLong', path: 'body' }],
  [
    'a 1025-character caption',
    createGraphWith('media', { caption: long(1025) }),
    { code: 'limit.tooLong', path: 'caption' },
  ],
  [
    'emoji counted as one character each',
    createGraphWith('buttons', { buttons: [{ id: 'a', title: '🎉'.repeat(21) }] }),
    { code: 'limit.tooLong', path: 'buttons.0.title' },
  ],
  ['no buttons', createGraphWith('buttons', { buttons: [] }), { code: 'limit.tooFew', path: 'buttons' }],
  [
    '11 template buttons',
    createGraphWith('template', {
      buttons: Array.from({ length: 11 }, (_, i) => ({ type: 'quickReply' as const, id: `q${i}`, text: `Q${i}` })),
    }),
    { code: 'limit.tooMany', path: 'buttons' },
  ],
  [
    '3 URL buttons',
    createGraphWith('template', {
      buttons: [1, 2, 3].map((i) => ({ type: 'url' as const, text: `U${i}`, url: `https://e.com/${i}` })),
    }),
    { code: 'limit.tooMany', path: 'buttons', message: 'There are 3 URL buttons; WhatsApp allows at most 2.' },
  ],
  [
    'a 26-character template button',
    createGraphWith('template', { buttons: [{ type: 'phone', text: long(26), phoneNumber: '+15550001' }] }),
    { code: 'limit.tooLong', path: 'buttons.0.text' },
  ],
  [
    '11 carousel cards',
    createGraphWith('carousel', { cards: Array.from({ length: 11 }, () => card()) }),
    { code: 'limit.tooMany', path: 'cards' },
  ],
  [
    '3 buttons on a card',
    createGraphWith('carousel', {
      cards: [
        card([1, 2, 3].map((i) => ({ type: 'url', text: `B${i}`, url: 'https://e.com' }))),
        card([1, 2, 3].map((i) => ({ type: 'url', text: `B${i}`, url: 'https://e.com' }))),
      ],
    }),
    { code: 'limit.tooMany', path: 'cards.0.buttons' },
  ],
  [
    'a 161-character card body',
    createGraphWith('carousel', { cards: [card(undefined, long(161)), card(undefined, 'Short')] }),
    { code: 'limit.tooLong', path: 'cards.0.body' },
  ],
  [
    'a body on one card only',
    createGraphWith('carousel', { cards: [card(undefined, 'Body'), card()] }),
    {
      code: 'carousel.layoutMismatch',
      path: 'cards.1',
      message: 'Card 2 has no body, unlike card 1; all cards must share one layout.',
    },
  ],
  [
    'a video card among images',
    createGraphWith('carousel', {
      cards: [card(), { ...card(), header: { format: 'video', link: 'https://e.com/v.mp4' } }],
    }),
    { code: 'carousel.layoutMismatch', path: 'cards.1' },
  ],
  [
    'a card header without media',
    createGraphWith('carousel', { cards: [card(), { ...card(), header: { format: 'image' } }] }),
    { code: 'media.noSource', path: 'cards.1.header.link' },
  ],
  [
    'a form field without options',
    createGraphWith('whatsappFlow', {
      screens: [{ id: 'A', title: 'A', fields: [{ type: 'dropdown', name: 'pick', label: 'Pick', options: [] }] }],
    }),
    { code: 'limit.tooFew', path: 'screens.0.fields.0.options' },
  ],
  [
    'a form without screens',
    createGraphWith('whatsappFlow', { screens: [], answers: [] }),
    { code: 'limit.tooFew', path: 'screens' },
  ],
  [
    'a 21-character Flow button',
    createGraphWith('whatsappFlow', { cta: long(21) }),
    { code: 'limit.tooLong', path: 'cta' },
  ],
  [
    'a choice check without choices',
    createGraphWith('waitForReply', { validation: { kind: 'choice', choices: [] } }),
    { code: 'limit.tooFew', path: 'validation.choices' },
  ],
  [
    'a 60-second webhook timeout',
    createGraphWith('webhook', { timeoutSeconds: 60 }),
    { code: 'limit.tooLarge', path: 'timeoutSeconds', message: 'Timeout (seconds) is 60; Salesbot allows at most 30.' },
  ],
  [
    'a sticker with a caption',
    createGraphWith('media', { mediaType: 'sticker', caption: 'Hi' }),
    { code: 'media.captionNotAllowed', path: 'caption' },
  ],
  ['media by nothing', createGraphWith('media', { link: '', mediaId: '' }), { code: 'media.noSource', path: 'link' }],
  [
    'two rows titled alike across sections',
    createGraphWith('list', {
      sections: [
        { title: 'A', rows: [{ id: 'a', title: 'Soon' }] },
        { title: 'B', rows: [{ id: 'b', title: 'SOON' }] },
      ],
    }),
    { code: 'choice.duplicateTitle', path: 'sections.1.rows.0.title' },
  ],
  [
    'a branch id taking “else”',
    createGraphWith('condition', { branches: [{ id: 'else', label: 'Else', rules: [] }] }),
    { code: 'choice.reservedId', path: 'branches.0.id' },
  ],
  [
    'a condition rule with nothing to compare',
    createGraphWith('condition', {
      branches: [{ id: 'x', label: 'X', rules: [{ subject: { kind: 'lastReply' }, operator: 'equals' }] }],
    }),
    { code: 'field.required', path: 'branches.0.rules.0.value' },
  ],
  [
    'an invalid condition regex',
    createGraphWith('condition', {
      branches: [
        { id: 'x', label: 'X', rules: [{ subject: { kind: 'lastReply' }, operator: 'matches', value: '[a-' }] },
      ],
    }),
    { code: 'regex.invalid', path: 'branches.0.rules.0.value' },
  ],
  [
    'an invalid answer regex flag',
    createGraphWith('waitForReply', { validation: { kind: 'regex', pattern: 'a', flags: 'q' } }),
    { code: 'regex.invalid', path: 'validation.pattern' },
  ],
  [
    'an ftp media link',
    createGraphWith('media', { link: 'ftp://example.com/a.jpg' }),
    { code: 'url.invalid', path: 'link' },
  ],
  [
    'a text length check that cannot pass',
    createGraphWith('waitForReply', { validation: { kind: 'text', minLength: 10, maxLength: 5 } }),
    { code: 'waitForReply.invalidBounds', path: 'validation.minLength' },
  ],
  [
    'two screens with one id',
    createGraphWith('whatsappFlow', {
      screens: [
        { id: 'A', title: 'A', fields: [{ type: 'textInput', name: 'email', label: 'E' }] },
        { id: 'A', title: 'B', fields: [] },
      ],
    }),
    { code: 'whatsappFlow.duplicateName', path: 'screens.1.id' },
  ],
];

describe('limits and per-step rules', () => {
  it.each(CASES)('%s', (_, graph, expected) => {
    expect(validateGraph(graph)).toContainEqual(expect.objectContaining({ nodeId: 'step', ...expected }));
  });

  it('accepts texts exactly at their limits', () => {
    const ok = [
      createGraphWith('buttons', { buttons: [{ id: 'a', title: long(20) }], body: long(1024), footer: long(60) }),
      createGraphWith('list', { sections: [{ title: long(24), rows: rows(10) }], buttonLabel: long(20) }),
      createGraphWith('text', { body: long(4096) }),
      createGraphWith('waitForReply', { maxRetries: 5 }),
    ];
    for (const graph of ok) expect(validateGraph(graph)).toEqual([]);
  });
});
