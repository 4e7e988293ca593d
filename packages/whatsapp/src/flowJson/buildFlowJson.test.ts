// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Flow JSON writes its own ${…} references in plain strings
import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { buildFlowJson } from './buildFlowJson.ts';

describe('buildFlowJson', () => {
  it('writes screens with their components, navigating between them and completing with every answer', () => {
    const node = createNode('whatsappFlow', {
      flowName: 'event_signup',
      body: 'Sign up',
      cta: 'Sign up',
      screens: [
        {
          id: 'DETAILS',
          title: 'Your details',
          fields: [
            { type: 'textInput', name: 'full_name', label: 'Full name', required: true },
            {
              type: 'textInput',
              name: 'email',
              label: 'Email',
              inputType: 'email',
              helperText: 'We send the ticket here',
            },
            { type: 'textArea', name: 'notes', label: 'Anything else?' },
          ],
        },
        {
          id: 'PREFERENCES',
          title: 'Preferences',
          submitLabel: 'Sign me up',
          fields: [
            {
              type: 'dropdown',
              name: 'city',
              label: 'City',
              required: true,
              options: [{ id: 'mad', title: 'Madrid' }],
            },
            {
              type: 'radioGroup',
              name: 'track',
              label: 'Track',
              options: [
                { id: 'ai', title: 'AI' },
                { id: 'crm', title: 'CRM' },
              ],
            },
            { type: 'checkboxGroup', name: 'topics', label: 'Topics', options: [{ id: 'x', title: 'X' }] },
            { type: 'datePicker', name: 'day', label: 'Day', minDate: '2026-03-01', maxDate: '2026-03-31' },
          ],
        },
      ],
    });
    expect(buildFlowJson(node.data)).toEqual({
      version: '6.0',
      screens: [
        {
          id: 'DETAILS',
          title: 'Your details',
          layout: {
            type: 'SingleColumnLayout',
            children: [
              { type: 'TextInput', name: 'full_name', label: 'Full name', required: true, 'input-type': 'text' },
              {
                type: 'TextInput',
                name: 'email',
                label: 'Email',
                required: false,
                'input-type': 'email',
                'helper-text': 'We send the ticket here',
              },
              { type: 'TextArea', name: 'notes', label: 'Anything else?', required: false },
              {
                type: 'Footer',
                label: 'Continue',
                'on-click-action': { name: 'navigate', next: { type: 'screen', name: 'PREFERENCES' }, payload: {} },
              },
            ],
          },
        },
        {
          id: 'PREFERENCES',
          title: 'Preferences',
          terminal: true,
          success: true,
          layout: {
            type: 'SingleColumnLayout',
            children: [
              {
                type: 'Dropdown',
                name: 'city',
                label: 'City',
                required: true,
                'data-source': [{ id: 'mad', title: 'Madrid' }],
              },
              {
                type: 'RadioButtonsGroup',
                name: 'track',
                label: 'Track',
                required: false,
                'data-source': [
                  { id: 'ai', title: 'AI' },
                  { id: 'crm', title: 'CRM' },
                ],
              },
              {
                type: 'CheckboxGroup',
                name: 'topics',
                label: 'Topics',
                required: false,
                'data-source': [{ id: 'x', title: 'X' }],
              },
              {
                type: 'DatePicker',
                name: 'day',
                label: 'Day',
                required: false,
                'min-date': '2026-03-01',
                'max-date': '2026-03-31',
              },
              {
                type: 'Footer',
                label: 'Sign me up',
                'on-click-action': {
                  name: 'complete',
                  payload: {
                    full_name: '${screen.DETAILS.form.full_name}',
                    email: '${screen.DETAILS.form.email}',
                    notes: '${screen.DETAILS.form.notes}',
                    city: '${screen.PREFERENCES.form.city}',
                    track: '${screen.PREFERENCES.form.track}',
                    topics: '${screen.PREFERENCES.form.topics}',
                    day: '${screen.PREFERENCES.form.day}',
                  },
                },
              },
            ],
          },
        },
      ],
    });
  });

  it('labels a single screen Submit and completes from it', () => {
    const json = buildFlowJson({ screens: [{ id: 'ONLY', title: 'Rate us', fields: [] }] });
    expect(json.screens[0]).toEqual({
      id: 'ONLY',
      title: 'Rate us',
      terminal: true,
      success: true,
      layout: {
        type: 'SingleColumnLayout',
        children: [{ type: 'Footer', label: 'Submit', 'on-click-action': { name: 'complete', payload: {} } }],
      },
    });
  });
});
