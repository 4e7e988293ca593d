// @vitest-environment happy-dom
import type { FlowScreen } from '@salesbot/graph';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { type FlowAnswers, FlowForm } from './FlowForm.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const screens: FlowScreen[] = [
  {
    id: 'DETAILS',
    title: 'Your details',
    submitLabel: 'Continue',
    fields: [
      { type: 'textInput', name: 'name', label: 'Name', required: true, inputType: 'text' },
      { type: 'textArea', name: 'note', label: 'Note', required: false },
    ],
  },
  {
    id: 'CHOICES',
    title: 'Choices',
    fields: [
      {
        type: 'dropdown',
        name: 'size',
        label: 'Size',
        required: true,
        options: [
          { id: 'S', title: 'Small' },
          { id: 'L', title: 'Large' },
        ],
      },
      {
        type: 'radioGroup',
        name: 'color',
        label: 'Color',
        required: true,
        options: [
          { id: 'red', title: 'Red' },
          { id: 'blue', title: 'Blue' },
        ],
      },
      {
        type: 'checkboxGroup',
        name: 'extras',
        label: 'Extras',
        required: false,
        options: [
          { id: 'a', title: 'A' },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C' },
        ],
      },
      { type: 'datePicker', name: 'day', label: 'Day', required: true },
    ],
  },
];

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function render(onSubmit: (answers: FlowAnswers) => void) {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root?.render(<FlowForm name="Order" screens={screens} onSubmit={onSubmit} onClose={() => {}} />));
  return container;
}

/** Sets a form control's value the way React notices (its value setter, then the event). */
function change(element: Element | null, value: string) {
  if (!element) throw new Error('no such field');
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  act(() => {
    setter?.call(element, value);
    element.dispatchEvent(new Event(element.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  });
}

function click(element: Element | null) {
  if (!element) throw new Error('nothing to click');
  act(() => (element as HTMLElement).click());
}

describe('FlowForm', () => {
  it('keeps a screen until its required fields are filled, then submits what WhatsApp would send back', () => {
    let submitted: FlowAnswers | null = null;
    const form = render((answers) => {
      submitted = answers;
    });
    const next = () => form.querySelector('[data-testid="flow-next"]');
    expect(next()?.textContent).toBe('Continue');
    click(next());
    expect(form.querySelector('[data-field="name"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(form.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('DETAILS');

    change(form.querySelector('[data-field="name"]'), 'Ana');
    click(next());
    expect(form.querySelector('[data-screen]')?.getAttribute('data-screen')).toBe('CHOICES');
    expect(next()?.textContent).toBe('Submit');

    change(form.querySelector('[data-field="size"]'), 'L');
    click(form.querySelector('[data-field="color"] [data-option="blue"] input'));
    click(form.querySelector('[data-field="extras"] [data-option="c"] input'));
    click(form.querySelector('[data-field="extras"] [data-option="a"] input'));
    change(form.querySelector('[data-field="day"]'), '2026-04-18');
    click(next());
    // Options answer with their ids; checkboxes in the order ticked; the optional note was left out.
    expect(submitted).toEqual({ name: 'Ana', size: 'L', color: 'blue', extras: ['c', 'a'], day: '2026-04-18' });
  });

  it('goes back a screen with the answers kept', () => {
    const form = render(() => {});
    change(form.querySelector('[data-field="name"]'), 'Ana');
    click(form.querySelector('[data-testid="flow-next"]'));
    click(form.querySelector('[aria-label="Back"]'));
    expect((form.querySelector('[data-field="name"]') as HTMLInputElement).value).toBe('Ana');
  });
});
