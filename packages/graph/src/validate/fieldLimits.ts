import type { LimitName } from '../limits.ts';
import type { NodeType } from '../nodes/index.ts';

/**
 * One limit from `LIMITS` applied to a field of a step's data. `path` is a dotted pattern into the data where `*`
 * is any array index. `length`: characters of a text; `count`: items of an array (with `total`, summed over every
 * array the pattern matches, e.g. list rows across sections); `value`: a number's maximum.
 */
export interface FieldLimit {
  nodeType: NodeType;
  path: string;
  kind: 'length' | 'count' | 'value';
  max?: LimitName;
  /** A minimum count: a name in `LIMITS`, or a number where WhatsApp states none but an empty array is useless. */
  min?: LimitName | number;
  total?: boolean;
  /** What the marketer calls it: "Button title" for a length, "reply buttons" (plural) for a count. */
  label: string;
}

const interactive = (nodeType: NodeType, headerPath: string): FieldLimit[] => [
  { nodeType, path: headerPath, kind: 'length', max: 'interactiveHeaderText', label: 'Header' },
  { nodeType, path: 'body', kind: 'length', max: 'interactiveBody', label: 'Body' },
  { nodeType, path: 'footer', kind: 'length', max: 'interactiveFooter', label: 'Footer' },
];

const retries = (nodeType: NodeType): FieldLimit => ({
  nodeType,
  path: 'maxRetries',
  kind: 'value',
  max: 'retryAttemptsMax',
  label: 'Retries',
});

/**
 * Every character and count limit of every step type. The validator checks them (`limit.*` diagnostics) and the
 * JSON Schema writer turns them into `maxLength` / `maxItems` / `minItems` / `maximum`.
 */
export const FIELD_LIMITS: readonly FieldLimit[] = [
  { nodeType: 'text', path: 'body', kind: 'length', max: 'textBody', label: 'Text' },
  { nodeType: 'media', path: 'caption', kind: 'length', max: 'mediaCaption', label: 'Caption' },

  ...interactive('buttons', 'header.text'),
  { nodeType: 'buttons', path: 'buttons', kind: 'count', min: 'buttonsMin', max: 'buttonsMax', label: 'reply buttons' },
  { nodeType: 'buttons', path: 'buttons.*.title', kind: 'length', max: 'buttonTitle', label: 'Button title' },
  { nodeType: 'buttons', path: 'buttons.*.id', kind: 'length', max: 'buttonId', label: 'Button id' },
  retries('buttons'),

  ...interactive('list', 'header'),
  { nodeType: 'list', path: 'buttonLabel', kind: 'length', max: 'listButtonLabel', label: 'List button label' },
  {
    nodeType: 'list',
    path: 'sections',
    kind: 'count',
    min: 'listSectionsMin',
    max: 'listSectionsMax',
    label: 'sections',
  },
  { nodeType: 'list', path: 'sections.*.title', kind: 'length', max: 'listSectionTitle', label: 'Section title' },
  {
    nodeType: 'list',
    path: 'sections.*.rows',
    kind: 'count',
    min: 1,
    max: 'listRowsTotal',
    total: true,
    label: 'rows',
  },
  { nodeType: 'list', path: 'sections.*.rows.*.id', kind: 'length', max: 'listRowId', label: 'Row id' },
  { nodeType: 'list', path: 'sections.*.rows.*.title', kind: 'length', max: 'listRowTitle', label: 'Row title' },
  {
    nodeType: 'list',
    path: 'sections.*.rows.*.description',
    kind: 'length',
    max: 'listRowDescription',
    label: 'Row description',
  },
  retries('list'),

  ...interactive('ctaUrl', 'header.text'),
  { nodeType: 'ctaUrl', path: 'displayText', kind: 'length', max: 'ctaDisplayText', label: 'Button text' },

  { nodeType: 'template', path: 'header.text', kind: 'length', max: 'templateHeaderText', label: 'Header' },
  { nodeType: 'template', path: 'body', kind: 'length', max: 'templateBody', label: 'Body' },
  { nodeType: 'template', path: 'footer', kind: 'length', max: 'templateFooter', label: 'Footer' },
  { nodeType: 'template', path: 'buttons', kind: 'count', max: 'templateButtonsMax', label: 'template buttons' },
  { nodeType: 'template', path: 'buttons.*.text', kind: 'length', max: 'templateButtonText', label: 'Button text' },

  { nodeType: 'carousel', path: 'body', kind: 'length', max: 'carouselBody', label: 'Body' },
  {
    nodeType: 'carousel',
    path: 'cards',
    kind: 'count',
    min: 'carouselCardsMin',
    max: 'carouselCardsMax',
    label: 'cards',
  },
  { nodeType: 'carousel', path: 'cards.*.body', kind: 'length', max: 'carouselCardBody', label: 'Card body' },
  {
    nodeType: 'carousel',
    path: 'cards.*.buttons',
    kind: 'count',
    max: 'carouselCardButtonsMax',
    label: 'buttons on a card',
  },
  {
    nodeType: 'carousel',
    path: 'cards.*.buttons.*.text',
    kind: 'length',
    max: 'templateButtonText',
    label: 'Button text',
  },

  ...interactive('whatsappFlow', 'header'),
  { nodeType: 'whatsappFlow', path: 'cta', kind: 'length', max: 'flowCta', label: 'Flow button text' },
  { nodeType: 'whatsappFlow', path: 'screens', kind: 'count', min: 1, max: 'flowScreensMax', label: 'screens' },
  {
    nodeType: 'whatsappFlow',
    path: 'screens.*.fields',
    kind: 'count',
    max: 'flowFieldsPerScreen',
    label: 'fields on a screen',
  },
  {
    nodeType: 'whatsappFlow',
    path: 'screens.*.fields.*.label',
    kind: 'length',
    max: 'flowFieldLabel',
    label: 'Field label',
  },
  {
    nodeType: 'whatsappFlow',
    path: 'screens.*.fields.*.options',
    kind: 'count',
    min: 1,
    max: 'flowOptionsMax',
    label: 'options in a field',
  },
  {
    nodeType: 'whatsappFlow',
    path: 'screens.*.fields.*.options.*.title',
    kind: 'length',
    max: 'flowOptionTitle',
    label: 'Option title',
  },
  { nodeType: 'whatsappFlow', path: 'template.body', kind: 'length', max: 'templateBody', label: 'Template body' },
  {
    nodeType: 'whatsappFlow',
    path: 'template.buttonText',
    kind: 'length',
    max: 'templateButtonText',
    label: 'Template button text',
  },

  retries('waitForReply'),
  { nodeType: 'waitForReply', path: 'validation.choices', kind: 'count', min: 1, label: 'choices' },
  {
    nodeType: 'webhook',
    path: 'timeoutSeconds',
    kind: 'value',
    max: 'webhookTimeoutSecondsMax',
    label: 'Timeout (seconds)',
  },
];

/** Limits Salesbot sets itself (WhatsApp states none): messages say "Salesbot allows", not "WhatsApp allows". */
export const OWN_LIMITS: ReadonlySet<LimitName> = new Set<LimitName>([
  'flowScreensMax',
  'flowFieldsPerScreen',
  'flowFieldLabel',
  'flowOptionsMax',
  'flowOptionTitle',
  'retryAttemptsMax',
  'webhookTimeoutSecondsMax',
]);
