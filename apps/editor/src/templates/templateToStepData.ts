import type {
  CarouselData,
  TemplateButton,
  TemplateData,
  TemplateHeader,
  TemplateParam,
  WhatsappFlowData,
} from '@salesbot/graph';
import type { TemplateComponentSpec, WorkspaceTemplate } from '../api/apiTypes.ts';
import { newId } from '../graph/newId.ts';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The parameters a template text asks for, in order: `{{1}}`, `{{2}}` positionally, or by name. */
export function templateParams(text: string | undefined, previous: readonly TemplateParam[] = []): TemplateParam[] {
  if (!text) return [];
  const keys = [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
  const named = keys.some((key) => !/^\d+$/.test(key));
  if (!named) keys.sort((a, b) => Number(a) - Number(b));
  return keys.map((key, index) => {
    const old = named ? previous.find((param) => param.name === key) : previous[index];
    return named ? { name: key, value: old?.value ?? '' } : { value: old?.value ?? '' };
  });
}

/** The approved content of a workspace template as a template step's data (parameters left to fill). */
export function templateToStepData(template: WorkspaceTemplate, previous?: TemplateData): TemplateData {
  const header = component(template.components, 'header');
  const body = component(template.components, 'body')?.text ?? '';
  const footer = component(template.components, 'footer')?.text;
  const buttons = component(template.components, 'buttons')?.buttons ?? [];
  const bodyParams = templateParams(body, previous?.bodyParams);
  const data: TemplateData = {
    name: template.name,
    language: template.language,
    category: category(template),
    parameterFormat: bodyParams.some((param) => param.name) ? 'named' : 'positional',
    body,
    bodyParams,
    buttons: buttons.map(toButton),
  };
  const converted = header ? toHeader(header) : undefined;
  if (converted) data.header = converted;
  if (footer) data.footer = footer;
  if (previous?.timeout) data.timeout = previous.timeout;
  return data;
}

/** A carousel template as a carousel step's data: the message body and one card per approved card. */
export function templateToCarouselData(template: WorkspaceTemplate): CarouselData {
  const body = component(template.components, 'body')?.text ?? '';
  const cards = component(template.components, 'carousel')?.cards ?? [];
  return {
    name: template.name,
    language: template.language,
    category: category(template),
    parameterFormat: 'positional',
    body,
    bodyParams: templateParams(body),
    cards: cards.map((card) => {
      const header = component(card.components, 'header');
      const cardBody = component(card.components, 'body')?.text;
      const format = header?.format?.toLowerCase() === 'video' ? 'video' : 'image';
      return {
        header: { format, link: '' },
        ...(cardBody ? { body: cardBody } : {}),
        bodyParams: templateParams(cardBody),
        buttons: (component(card.components, 'buttons')?.buttons ?? []).flatMap((button) => {
          const converted = toButton(button);
          return converted.type === 'copyCode' || converted.type === 'flow' ? [] : [converted];
        }),
      };
    }),
  };
}

/** A Flow template as a WhatsApp Flow step's template fallback. */
export function templateToFlowFallback(template: WorkspaceTemplate): NonNullable<WhatsappFlowData['template']> {
  const body = component(template.components, 'body')?.text ?? '';
  const flowButton = (component(template.components, 'buttons')?.buttons ?? []).find(
    (b) => b.type.toUpperCase() === 'FLOW',
  );
  return {
    name: template.name,
    language: template.language,
    category: category(template),
    parameterFormat: 'positional',
    body,
    bodyParams: templateParams(body),
    buttonText: flowButton?.text ?? 'Open',
  };
}

function category(template: WorkspaceTemplate): TemplateData['category'] {
  return String(template.category).toLowerCase() as TemplateData['category'];
}

function component(components: readonly TemplateComponentSpec[], type: string): TemplateComponentSpec | undefined {
  return components.find((c) => String(c.type).toLowerCase() === type);
}

function toHeader(header: TemplateComponentSpec): TemplateHeader | undefined {
  const format = String(header.format ?? 'text').toLowerCase();
  if (format === 'text') return { format: 'text', text: header.text ?? '', params: templateParams(header.text) };
  if (format === 'image' || format === 'video' || format === 'document') return { format, link: '' };
  if (format === 'location') return { format: 'location', latitude: 0, longitude: 0 };
  return undefined;
}

function toButton(button: NonNullable<TemplateComponentSpec['buttons']>[number]): TemplateButton {
  switch (button.type.toUpperCase()) {
    case 'QUICK_REPLY':
      return { type: 'quickReply', id: quickReplyId(button.text), text: button.text };
    case 'URL':
      return {
        type: 'url',
        text: button.text,
        url: button.url ?? '',
        ...(button.url && /\{\{\s*\w+\s*\}\}/.test(button.url) ? { param: '' } : {}),
      };
    case 'PHONE_NUMBER':
      return { type: 'phone', text: button.text, phoneNumber: button.phone_number ?? '' };
    case 'COPY_CODE':
      return { type: 'copyCode', text: button.text, code: '' };
    default:
      return { type: 'flow', text: button.text };
  }
}

/** A stable, readable payload id from a quick reply's text ("Talk to sales" → `talk_to_sales`). */
function quickReplyId(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, 40);
  return slug && !['next', 'else', 'submitted', 'timeout', 'invalid', 'error', 'windowclosed'].includes(slug)
    ? slug
    : newId('qr');
}
