import type { TemplateData } from '@salesbot/graph';
import { newId } from '../../db/ids.ts';
import { stmt } from '../../db/stmt.ts';
import { upsertTemplate } from '../../store/templates.ts';
import type { TestApp } from '../../testing/createTestApp.ts';

/** A utility template with a named-less body parameter: "Hi {{1}}, your order {{2}} has shipped." */
export const SHIPPING_TEMPLATE = {
  name: 'order_shipped',
  language: 'en_US',
  category: 'UTILITY',
  kind: 'custom' as const,
  status: 'APPROVED',
  components: [
    { type: 'BODY', text: 'Hi {{1}}, your order {{2}} has shipped.' },
    { type: 'FOOTER', text: 'Reply STOP to opt out' },
  ],
};

/** A marketing template with an image header, a body parameter and two quick replies. */
export const PROMO_TEMPLATE = {
  name: 'spring_promo',
  language: 'en_US',
  category: 'MARKETING',
  kind: 'custom' as const,
  status: 'APPROVED',
  components: [
    { type: 'HEADER', format: 'IMAGE' },
    { type: 'BODY', text: '{{1}}, spring sale: 20% off everything this week.' },
    {
      type: 'BUTTONS',
      buttons: [
        { type: 'QUICK_REPLY', text: 'Show me' },
        { type: 'QUICK_REPLY', text: 'Not now' },
      ],
    },
  ],
};

/** The template step a broadcast of SHIPPING_TEMPLATE sends: first name and the contact's order field. */
export const shippingMessage = (): { type: 'template'; data: TemplateData } => ({
  type: 'template',
  data: {
    name: 'order_shipped',
    language: 'en_US',
    category: 'utility',
    parameterFormat: 'positional',
    body: 'Hi {{1}}, your order {{2}} has shipped.',
    bodyParams: [{ value: '{{contact.first_name}}' }, { value: '{{contact.order_id}}' }],
    footer: 'Reply STOP to opt out',
    buttons: [],
  },
});

/** The template step of PROMO_TEMPLATE: image header by link, first name, quick replies `show_me` / `not_now`. */
export const promoMessage = (): { type: 'template'; data: TemplateData } => ({
  type: 'template',
  data: {
    name: 'spring_promo',
    language: 'en_US',
    category: 'marketing',
    parameterFormat: 'positional',
    header: { format: 'image', link: 'https://example.com/spring.jpg' },
    body: '{{1}}, spring sale: 20% off everything this week.',
    bodyParams: [{ value: '{{contact.first_name}}' }],
    buttons: [
      { type: 'quickReply', id: 'show_me', text: 'Show me' },
      { type: 'quickReply', id: 'not_now', text: 'Not now' },
    ],
  },
});

/** A carousel (marketing): a body parameter, two cards with an image and a quick reply each. */
export const CAROUSEL_TEMPLATE = {
  name: 'spring_cards',
  language: 'en_US',
  category: 'MARKETING',
  kind: 'carousel' as const,
  status: 'APPROVED',
  components: [
    { type: 'BODY', text: '{{1}}, pick your favourite:' },
    {
      type: 'CAROUSEL',
      cards: [0, 1].map(() => ({
        components: [
          { type: 'HEADER', format: 'IMAGE' },
          { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'This one' }] },
        ],
      })),
    },
  ],
};

/** The carousel step of CAROUSEL_TEMPLATE. */
export const carouselMessage = () => ({
  type: 'carousel' as const,
  data: {
    name: 'spring_cards',
    language: 'en_US',
    category: 'marketing' as const,
    parameterFormat: 'positional' as const,
    body: '{{1}}, pick your favourite:',
    bodyParams: [{ value: '{{contact.first_name}}' }],
    cards: ['boots', 'jacket'].map((item) => ({
      header: { format: 'image' as const, link: `https://example.com/${item}.jpg` },
      bodyParams: [],
      buttons: [{ type: 'quickReply' as const, id: `pick_${item}`, text: 'This one' }],
    })),
  },
});

/** A Flow template (utility): a body and a button opening a WhatsApp Flow. */
export const FLOW_TEMPLATE = {
  name: 'book_fitting',
  language: 'en_US',
  category: 'UTILITY',
  kind: 'flow' as const,
  status: 'APPROVED',
  components: [
    { type: 'BODY', text: 'Book your fitting, {{1}}.' },
    { type: 'BUTTONS', buttons: [{ type: 'FLOW', text: 'Book now' }] },
  ],
};

/** The template step of FLOW_TEMPLATE. */
export const flowTemplateMessage = (): { type: 'template'; data: TemplateData } => ({
  type: 'template',
  data: {
    name: 'book_fitting',
    language: 'en_US',
    category: 'utility',
    parameterFormat: 'positional',
    body: 'Book your fitting, {{1}}.',
    bodyParams: [{ value: '{{contact.first_name}}' }],
    buttons: [{ type: 'flow', text: 'Book now' }],
  },
});

/** Registers templates in the workspace's registry (as a sync from Meta would). */
export function registerTemplates(
  t: TestApp,
  ...templates: (typeof SHIPPING_TEMPLATE | typeof PROMO_TEMPLATE | typeof CAROUSEL_TEMPLATE | typeof FLOW_TEMPLATE)[]
) {
  for (const template of templates) upsertTemplate(t.db, t.workspaceId, template, t.clock.now());
  t.services.templates.invalidate(t.workspaceId);
}

export interface ContactSeed {
  waId: string;
  name?: string;
  optIn?: 'optedIn' | 'optedOut' | 'unknown';
  tags?: string[];
  fields?: Record<string, string>;
  marketingOptOut?: boolean;
}

/** Inserts contacts straight into the table (fast: tests of big audiences). Returns their ids in order. */
export function insertContacts(t: TestApp, contacts: readonly ContactSeed[]): string[] {
  const now = t.clock.now();
  const insert = stmt(
    t.db,
    `INSERT INTO contacts (id, workspace_id, wa_id, name, fields, tags, opt_in, opt_in_at, marketing_opt_out, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids: string[] = [];
  t.db.transaction(() => {
    for (const contact of contacts) {
      const id = newId('ct');
      ids.push(id);
      insert.run(
        id,
        t.workspaceId,
        contact.waId,
        contact.name ?? null,
        JSON.stringify(contact.fields ?? {}),
        JSON.stringify(contact.tags ?? []),
        contact.optIn ?? 'optedIn',
        now,
        contact.marketingOptOut ? 1 : 0,
        now,
        now,
      );
    }
  })();
  return ids;
}

/** `count` opted-in contacts tagged `tag`, numbered from `first` (+1 555 …). */
export function manyContacts(count: number, tag = 'vip', first = 15550100000): ContactSeed[] {
  return Array.from({ length: count }, (_, i) => ({
    waId: String(first + i),
    name: `Customer ${i}`,
    tags: [tag],
    fields: { order_id: `A-${1000 + i}` },
  }));
}
