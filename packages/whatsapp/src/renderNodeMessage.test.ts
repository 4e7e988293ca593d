import { describe, expect, it } from 'vitest';
import { messageKindOf } from './messageKindOf.ts';
import { isSendingNode, renderNodeMessage } from './renderNodeMessage.ts';
import { createNode } from './testing/createNode.ts';

describe('renderNodeMessage', () => {
  it('dispatches on the step type', () => {
    expect(renderNodeMessage(createNode('text', { body: 'Hi {{name}}' }), { name: 'Ana' }, { sessionId: 's' })).toEqual(
      { type: 'text', text: { body: 'Hi Ana' } },
    );
    const flow = createNode('whatsappFlow', { flowName: 'f', body: 'b', cta: 'Go', screens: [] }, 'n1');
    expect(renderNodeMessage(flow, {}, { sessionId: 'abc' })).toMatchObject({
      interactive: { action: { parameters: { flow_token: 'abc:n1' } } },
    });
  });

  it('renders every sending step type to the kind the policy expects', () => {
    const cases = [
      [createNode('text', { body: 't' }), 'text'],
      [createNode('media', { mediaType: 'image', mediaId: '1' }), 'media'],
      [createNode('buttons', { body: 'b', buttons: [{ id: 'a', title: 'A' }] }), 'buttons'],
      [createNode('list', { body: 'b', buttonLabel: 'L', sections: [{ rows: [{ id: 'a', title: 'A' }] }] }), 'list'],
      [createNode('ctaUrl', { body: 'b', displayText: 'Go', url: 'https://x.test' }), 'ctaUrl'],
      [createNode('template', { name: 't', language: 'en', category: 'utility', body: 'b' }), 'template'],
      [
        createNode('carousel', {
          name: 'c',
          language: 'en',
          category: 'marketing',
          body: 'b',
          cards: [{ header: { format: 'image', mediaId: '1' } }, { header: { format: 'image', mediaId: '2' } }],
        }),
        'template',
      ],
      [createNode('whatsappFlow', { flowName: 'f', body: 'b', cta: 'c', screens: [] }), 'flow'],
    ] as const;
    for (const [node, kind] of cases) {
      expect(messageKindOf(renderNodeMessage(node, {}, { sessionId: 's' }))).toBe(kind);
    }
  });
});

describe('isSendingNode', () => {
  it('tells sending steps from the others', () => {
    expect(
      isSendingNode(createNode('carousel', { name: 'c', language: 'en', category: 'marketing', body: 'b', cards: [] })),
    ).toBe(true);
    expect(isSendingNode(createNode('end', {}))).toBe(false);
    expect(isSendingNode(createNode('waitForReply', { variable: 'x', validation: { kind: 'text' } }))).toBe(false);
  });
});
