import type { FlowField, FlowScreen, WhatsappFlowData } from '@salesbot/graph';

/** The Flow JSON version written: 6.0 has every component used here and global `${screen.…}` references. */
export const FLOW_JSON_VERSION = '6.0';

export type FlowComponent = Record<string, unknown> & { type: string };

export interface FlowJsonScreen {
  id: string;
  title: string;
  terminal?: true;
  success?: true;
  layout: { type: 'SingleColumnLayout'; children: FlowComponent[] };
}

export interface FlowJson {
  version: string;
  screens: FlowJsonScreen[];
}

/**
 * A Meta Flow JSON for a Flow drawn in Salesbot, ready to publish: one screen per screen, its fields as
 * components, a Footer that navigates to the next screen, and on the last screen one that completes the Flow
 * with every field's answer under its name (the keys the step's `answers` mappings read from `response_json`).
 */
export function buildFlowJson(flow: Pick<WhatsappFlowData, 'screens'>): FlowJson {
  const answers = Object.fromEntries(
    flow.screens.flatMap((screen) =>
      screen.fields.map((field) => [field.name, `\${screen.${screen.id}.form.${field.name}}`]),
    ),
  );
  return {
    version: FLOW_JSON_VERSION,
    screens: flow.screens.map((screen, i) => {
      const next = flow.screens[i + 1];
      return {
        id: screen.id,
        title: screen.title,
        ...(next ? {} : { terminal: true as const, success: true as const }),
        layout: {
          type: 'SingleColumnLayout',
          children: [...screen.fields.map(fieldComponent), footer(screen, next, answers)],
        },
      };
    }),
  };
}

function footer(screen: FlowScreen, next: FlowScreen | undefined, answers: Record<string, string>): FlowComponent {
  return {
    type: 'Footer',
    label: screen.submitLabel ?? (next ? 'Continue' : 'Submit'),
    'on-click-action': next
      ? { name: 'navigate', next: { type: 'screen', name: next.id }, payload: {} }
      : { name: 'complete', payload: answers },
  };
}

function fieldComponent(field: FlowField): FlowComponent {
  const common = { name: field.name, label: field.label, required: field.required };
  const helper = field.helperText === undefined ? {} : { 'helper-text': field.helperText };
  switch (field.type) {
    case 'textInput':
      return { type: 'TextInput', ...common, 'input-type': field.inputType, ...helper };
    case 'textArea':
      return { type: 'TextArea', ...common, ...helper };
    case 'dropdown':
      return { type: 'Dropdown', ...common, 'data-source': options(field.options) };
    case 'radioGroup':
      return { type: 'RadioButtonsGroup', ...common, 'data-source': options(field.options) };
    case 'checkboxGroup':
      return { type: 'CheckboxGroup', ...common, 'data-source': options(field.options) };
    case 'datePicker':
      return {
        type: 'DatePicker',
        ...common,
        ...helper,
        ...(field.minDate === undefined ? {} : { 'min-date': field.minDate }),
        ...(field.maxDate === undefined ? {} : { 'max-date': field.maxDate }),
      };
  }
}

function options(list: readonly { id: string; title: string }[]): { id: string; title: string }[] {
  return list.map((option) => ({ id: option.id, title: option.title }));
}
