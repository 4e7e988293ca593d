import type { GraphInput } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { matchTrigger } from './matchTrigger.ts';
import { createGraph, inbound, n } from './testing/fixtures.ts';
import type { StartEvent } from './types.ts';

const graph = createGraph({
  nodes: [n('a', 'end', {})],
  triggers: [
    {
      id: 'ad',
      type: 'inboundMessage',
      nodeId: 'a',
      match: { kind: 'referral', sourceType: 'ad', sourceIds: ['123'] },
    },
    { id: 'post', type: 'inboundMessage', nodeId: 'a', match: { kind: 'referral' } },
    {
      id: 'new',
      type: 'inboundMessage',
      nodeId: 'a',
      match: { kind: 'keyword', keywords: ['start'] },
      newContactsOnly: true,
    },
    {
      id: 'price',
      type: 'inboundMessage',
      nodeId: 'a',
      match: { kind: 'keyword', keywords: ['Preço', 'price'], contains: true },
    },
    { id: 'demo', type: 'inboundMessage', nodeId: 'a', match: { kind: 'keyword', keywords: ['demo'] } },
    { id: 'order', type: 'inboundMessage', nodeId: 'a', match: { kind: 'regex', pattern: '^#\\d{4}$' } },
    { id: 'won', type: 'stageChanged', nodeId: 'a', pipeline: 'sales', stage: 'won' },
    { id: 'api', type: 'api', nodeId: 'a' },
    { id: 'promo-yes', type: 'broadcastReply', nodeId: 'a', broadcastId: 'b1', buttonPayload: 'yes' },
    { id: 'any-reply', type: 'broadcastReply', nodeId: 'a' },
  ] satisfies GraphInput['triggers'],
});

const text = (body: string, referral?: { sourceType: string; sourceId?: string }): StartEvent => ({
  type: 'inbound',
  message: { ...inbound(body), ...(referral ? { referral } : {}) },
});
const quickReply = (broadcastId: string, payload: string): StartEvent => ({
  type: 'broadcastReply',
  broadcastId,
  message: inbound({ type: 'quickReply', payload, text: payload }),
});

describe('matchTrigger', () => {
  it.each([
    ['an ad in the list', text('hi', { sourceType: 'ad', sourceId: '123' }), true, 'ad'],
    ['another ad falls to the any-referral trigger', text('hi', { sourceType: 'ad', sourceId: '9' }), true, 'post'],
    ['a keyword for new contacts only, new', text('START', undefined), true, 'new'],
    ['the same from a known contact falls through', text('start', undefined), false, null],
    ['a keyword inside the message, accents ignored', text('qual o preco?', undefined), false, 'price'],
    ['a contained keyword is a whole word', text('What is the PRICE of a cut', undefined), false, 'price'],
    ['a contained keyword does not match inside a word', text('see the priceless view', undefined), false, null],
    ['a whole-message keyword, trimmed and any case', text('  Demo ', undefined), false, 'demo'],
    ['a whole-message keyword does not match inside', text('a demo please', undefined), false, null],
    ['a regex', text('#1234', undefined), false, 'order'],
    ['a stage change', { type: 'stageChanged', pipeline: 'sales', stage: 'won' } as StartEvent, false, 'won'],
    ['another stage', { type: 'stageChanged', pipeline: 'sales', stage: 'lost' } as StartEvent, false, null],
    ['an API start', { type: 'api' } as StartEvent, false, 'api'],
    ['the broadcast and payload named', quickReply('b1', 'yes'), false, 'promo-yes'],
    ['another payload falls to any reply', quickReply('b1', 'no'), false, 'any-reply'],
  ])('%s', (_, event, isNewContact, expected) => {
    expect(matchTrigger(graph, event, { isNewContact })?.id ?? null).toBe(expected);
  });

  it('an any-message trigger matches every message, in graph order', () => {
    const anyFirst = createGraph({
      nodes: [n('a', 'end', {})],
      triggers: [
        { id: 'any', type: 'inboundMessage', nodeId: 'a', match: { kind: 'any' } },
        { id: 'demo', type: 'inboundMessage', nodeId: 'a', match: { kind: 'keyword', keywords: ['demo'] } },
      ],
    });
    expect(matchTrigger(anyFirst, text('demo'), { isNewContact: false })?.id).toBe('any');
  });
});
