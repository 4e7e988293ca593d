import type { PlaceholderValues } from '@salesbot/whatsapp';
import type { EngineContext } from '../machine/context.ts';
import type { FlowIndex } from '../machine/flowIndex.ts';

/**
 * The values placeholders are filled from: flow variables (their defaults until set) and `contact.*` — `name`,
 * `first_name` (first word of the name), `phone` / `wa_id` (the WhatsApp id) and every contact field.
 */
export function placeholderValues(flow: FlowIndex, context: EngineContext): PlaceholderValues {
  // Every guard of a step (one per button, per branch) and its send ask for the same context's values.
  let values = computed.get(context);
  if (!values) {
    values = compute(flow, context);
    computed.set(context, values);
  }
  return values;
}

const computed = new WeakMap<EngineContext, PlaceholderValues>();

function compute(flow: FlowIndex, context: EngineContext): PlaceholderValues {
  return { ...flow.defaults, ...context.variables, ...contactPlaceholderValues(context.run.contact) };
}

/**
 * The `contact.*` placeholder values of a contact — `contact.name`, `contact.first_name` (the field, else the first
 * word of the name), `contact.phone` / `contact.wa_id` and every contact field — for a bot step and for anything else
 * that fills a message for a contact (a broadcast).
 */
export function contactPlaceholderValues(contact: {
  waId: string;
  name?: string | null;
  fields: Readonly<Record<string, string>>;
}): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, value] of Object.entries(contact.fields)) values[`contact.${field}`] = value;
  const name = contact.name ?? contact.fields.name ?? '';
  values['contact.name'] = name;
  values['contact.first_name'] = contact.fields.first_name ?? name.trim().split(/\s+/)[0] ?? '';
  values['contact.phone'] = contact.waId;
  values['contact.wa_id'] = contact.waId;
  return values;
}

/** A variable's current value: set, else its default, else ''. */
export function variableValue(flow: FlowIndex, context: EngineContext, name: string): string {
  return context.variables[name] ?? flow.defaults[name] ?? '';
}
