import type { TemplateButton, TemplateData } from '@salesbot/graph';
import type { OutboundMessage, TemplateDisplay } from '@salesbot/whatsapp';
import { renderNodeMessage, renderTemplateDisplay } from '@salesbot/whatsapp';
import type { WorkspaceTemplate } from '../api/apiTypes.ts';
import { templateToStepData } from '../templates/templateToStepData.ts';

/** Where a parameter's value comes from: one of the contact's fields, or text the agent typed. */
export type SlotSource = { kind: 'field'; field: string } | { kind: 'text'; text: string };

/** One value the template needs before it can be sent. */
export interface TemplateSlot {
  id: string;
  /** "Body {{1}}", "Header image link", "Button “Track my order”". */
  label: string;
  kind: 'text' | 'link';
  source: SlotSource;
}

/** An approved template on its way to a customer: its content and the values it still needs. */
export interface TemplateDraft {
  template: WorkspaceTemplate;
  slots: TemplateSlot[];
}

export interface RenderedDraft {
  message: OutboundMessage;
  display: TemplateDisplay;
  /** Labels of the slots that are still empty (WhatsApp refuses empty parameters). */
  missing: string[];
}

/** A draft of `template` with each parameter filled from the contact's field that fits it, where one does. */
export function createTemplateDraft(
  template: WorkspaceTemplate,
  values: Readonly<Record<string, string>>,
): TemplateDraft {
  const data = templateToStepData(template);
  const slots: TemplateSlot[] = [];
  const add = (id: string, label: string, kind: TemplateSlot['kind'], key: string | null, position: number) => {
    slots.push({ id, label, kind, source: guessSource(key, position, values, kind) });
  };
  if (data.header?.format === 'text') {
    for (const [i, param] of data.header.params.entries()) {
      add(`h${i}`, `Header {{${param.name ?? i + 1}}}`, 'text', param.name ?? null, i);
    }
  } else if (data.header && data.header.format !== 'location') {
    add('hm', `Header ${data.header.format} link`, 'link', null, -1);
  }
  for (const [i, param] of data.bodyParams.entries()) {
    add(`b${i}`, `{{${param.name ?? i + 1}}}`, 'text', param.name ?? null, i);
  }
  for (const [i, button] of data.buttons.entries()) {
    if (button.type === 'url' && button.param !== undefined) {
      add(`u${i}`, `Button “${button.text}” link {{1}}`, 'text', null, -1);
    }
    if (button.type === 'copyCode') add(`c${i}`, `Button “${button.text}” code`, 'text', null, -1);
  }
  return { template, slots };
}

/** The value a slot has now (a field's value, or the typed text). */
export function slotValue(slot: TemplateSlot, values: Readonly<Record<string, string>>): string {
  return slot.source.kind === 'field' ? (values[slot.source.field] ?? '') : slot.source.text;
}

/**
 * The draft as the Cloud API message to send and as the customer will see it. Every value goes in through a
 * placeholder of its own, so text the agent types is never read as a placeholder.
 */
export function renderTemplateDraft(draft: TemplateDraft, values: Readonly<Record<string, string>>): RenderedDraft {
  const filled: Record<string, string> = {};
  const ref = (id: string) => {
    const slot = draft.slots.find((candidate) => candidate.id === id);
    filled[`slot_${id}`] = slot ? slotValue(slot, values).trim() : '';
    return `{{slot_${id}}}`;
  };
  const data = structuredClone(templateToStepData(draft.template));
  fillData(data, ref);
  const node = { id: 'inbox_template', type: 'template' as const, data };
  return {
    message: renderNodeMessage(node, filled, { sessionId: 'inbox' }),
    display: renderTemplateDisplay(node, filled),
    missing: draft.slots.filter((slot) => (filled[`slot_${slot.id}`] ?? '') === '').map((slot) => slot.label),
  };
}

/**
 * How a template message that was sent (its Cloud API body) looks to the customer, from the workspace's copy of
 * the template: what the inbox shows for templates agents sent. Null when the template is not known.
 */
export function displayOfSentTemplate(
  template: WorkspaceTemplate | undefined,
  message: Extract<OutboundMessage, { type: 'template' }>,
): TemplateDisplay | null {
  if (!template) return null;
  const data = structuredClone(templateToStepData(template));
  const components = message.template.components ?? [];
  const texts = (type: 'header' | 'body') =>
    components
      .filter((component) => component.type === type)
      .flatMap((component) => ('parameters' in component ? component.parameters : []));
  const filled: Record<string, string> = {};
  const put = (id: string, text: string | undefined) => {
    filled[`slot_${id}`] = text ?? '';
    return `{{slot_${id}}}`;
  };
  const header = texts('header');
  const body = texts('body');
  fillData(data, (id) => {
    const kind = id[0];
    const index = Number(id.slice(1));
    if (kind === 'h') {
      const param = header[index];
      return put(id, param?.type === 'text' ? param.text : undefined);
    }
    if (id === 'hm') {
      const media = header[0];
      const object =
        media && 'image' in media
          ? media.image
          : media && 'video' in media
            ? media.video
            : media && 'document' in media
              ? media.document
              : undefined;
      return put(id, object?.link);
    }
    if (kind === 'b') {
      const param = body[index];
      return put(id, param?.type === 'text' ? param.text : undefined);
    }
    const button = components.find((component) => component.type === 'button' && component.index === String(index));
    const param = button && 'parameters' in button ? button.parameters[0] : undefined;
    return put(id, param?.type === 'text' ? param.text : param?.type === 'coupon_code' ? param.coupon_code : undefined);
  });
  return renderTemplateDisplay({ id: 'sent', type: 'template', data }, filled);
}

/** Points every parameter of `data` at the placeholder `ref(slotId)` gives. */
function fillData(data: TemplateData, ref: (slotId: string) => string) {
  if (data.header?.format === 'text')
    data.header.params = data.header.params.map((param, i) => ({ ...param, value: ref(`h${i}`) }));
  else if (data.header && data.header.format !== 'location') data.header = { ...data.header, link: ref('hm') };
  data.bodyParams = data.bodyParams.map((param, i) => ({ ...param, value: ref(`b${i}`) }));
  data.buttons = data.buttons.map((button, i): TemplateButton => {
    if (button.type === 'url' && button.param !== undefined) return { ...button, param: ref(`u${i}`) };
    if (button.type === 'copyCode') return { ...button, code: ref(`c${i}`) };
    return button;
  });
}

/** The contact field a parameter most likely means: by its name, and `{{1}}` of the body is the first name. */
function guessSource(
  key: string | null,
  position: number,
  values: Readonly<Record<string, string>>,
  kind: TemplateSlot['kind'],
): SlotSource {
  if (kind === 'link') return { kind: 'text', text: '' };
  const name = key?.toLowerCase() ?? null;
  if (name && name in values && values[name]) return { kind: 'field', field: name };
  if (name && /first_?name/.test(name)) return { kind: 'field', field: 'first_name' };
  if (name && /(^|_)name$/.test(name)) return { kind: 'field', field: 'name' };
  if (name && /phone/.test(name)) return { kind: 'field', field: 'phone' };
  if (name && /email/.test(name)) return { kind: 'field', field: 'email' };
  if (!name && position === 0) return { kind: 'field', field: 'first_name' };
  return { kind: 'text', text: '' };
}
