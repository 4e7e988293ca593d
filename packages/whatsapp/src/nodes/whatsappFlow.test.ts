import { describe, expect, it } from 'vitest';
import { createNode } from '../testing/createNode.ts';
import { renderFlowTemplate, renderWhatsappFlow } from './whatsappFlow.ts';

const screens = [
  { id: 'DETAILS', title: 'Your details', fields: [{ type: 'textInput' as const, name: 'full_name', label: 'Name' }] },
  { id: 'CONFIRM', title: 'Confirm', fields: [] },
];

describe('renderWhatsappFlow', () => {
  it('opens the Flow by name at its first screen with the session and node in the flow_token', () => {
    const node = createNode(
      'whatsappFlow',
      {
        flowName: 'event_signup',
        body: 'Sign up for {{event}}',
        cta: 'Sign up',
        screens,
      },
      'signup',
    );
    expect(renderWhatsappFlow(node, { event: 'the Expo' }, { sessionId: 'script' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'flow',
        body: { text: 'Sign up for the Expo' },
        action: {
          name: 'flow',
          parameters: {
            flow_message_version: '3',
            flow_token: 'script:signup',
            flow_name: 'event_signup',
            flow_cta: 'Sign up',
            mode: 'published',
            flow_action: 'navigate',
            flow_action_payload: { screen: 'DETAILS' },
          },
        },
      },
    });
  });

  it('prefers flow_id, and adds header, footer and draft mode when set', () => {
    const node = createNode(
      'whatsappFlow',
      {
        flowId: '1234567890',
        flowName: 'event_signup',
        mode: 'draft',
        header: 'Expo 2026',
        body: 'Sign up',
        footer: 'Takes a minute',
        cta: 'Open form',
        screens,
      },
      'signup',
    );
    expect(renderWhatsappFlow(node, {}, { sessionId: 's-9' })).toEqual({
      type: 'interactive',
      interactive: {
        type: 'flow',
        header: { type: 'text', text: 'Expo 2026' },
        body: { text: 'Sign up' },
        footer: { text: 'Takes a minute' },
        action: {
          name: 'flow',
          parameters: {
            flow_message_version: '3',
            flow_token: 's-9:signup',
            flow_id: '1234567890',
            flow_cta: 'Open form',
            mode: 'draft',
            flow_action: 'navigate',
            flow_action_payload: { screen: 'DETAILS' },
          },
        },
      },
    });
  });
});

describe('renderFlowTemplate', () => {
  it('sends the Flow template with body parameters and the flow button carrying the flow_token', () => {
    const node = createNode(
      'whatsappFlow',
      {
        flowName: 'event_signup',
        body: 'Sign up',
        cta: 'Sign up',
        screens,
        template: {
          name: 'event_signup_invite',
          language: 'en_US',
          category: 'marketing',
          body: 'Hi {{1}}, seats are going fast.',
          bodyParams: [{ value: '{{contact.first_name}}' }],
          buttonText: 'Sign up',
        },
      },
      'signup',
    );
    expect(renderFlowTemplate(node, { 'contact.first_name': 'Ana' }, { sessionId: 'script' })).toEqual({
      type: 'template',
      template: {
        name: 'event_signup_invite',
        language: { code: 'en_US' },
        components: [
          { type: 'body', parameters: [{ type: 'text', text: 'Ana' }] },
          {
            type: 'button',
            sub_type: 'flow',
            index: '0',
            parameters: [{ type: 'action', action: { flow_token: 'script:signup' } }],
          },
        ],
      },
    });
  });

  it('is null when the step has no template', () => {
    const node = createNode('whatsappFlow', { flowName: 'f', body: 'b', cta: 'c', screens });
    expect(renderFlowTemplate(node, {}, { sessionId: 's' })).toBeNull();
  });
});
