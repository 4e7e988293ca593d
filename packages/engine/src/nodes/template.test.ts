import { describe, expect, it } from 'vitest';
import { startSession } from '../startSession.ts';
import {
  compileUnchecked,
  createContact,
  createGraph,
  createStepContext,
  HOUR,
  NOW,
  n,
  simulate,
  wire,
} from '../testing/fixtures.ts';

const offer = (buttons: { type: 'quickReply'; id: string; text: string }[]) =>
  createGraph({
    triggers: [{ id: 'api', type: 'api', nodeId: 'offer' }],
    nodes: [
      n('offer', 'template', {
        name: 'spring_offer',
        language: 'en_US',
        category: 'marketing',
        body: 'Hi {{1}}, 20% off this week',
        bodyParams: [{ value: '{{contact.first_name}}' }],
        buttons,
        timeout: { amount: 1, unit: 'days' },
      }),
      n('yes', 'text', { body: 'great' }),
      n('no', 'text', { body: 'ok' }),
      n('other', 'text', { body: 'sorry?' }),
    ],
    edges: wire(
      ['offer', 'next', 'yes'],
      ['offer', 'buy', 'yes'],
      ['offer', 'stop', 'no'],
      ['offer', 'invalid', 'other'],
    ),
  });
const withReplies = offer([
  { type: 'quickReply', id: 'buy', text: 'Yes please' },
  { type: 'quickReply', id: 'stop', text: 'Stop' },
]);

describe('template', () => {
  it('goes out with the window closed, priced by its category, with how it looks', () => {
    const flow = compileUnchecked(withReplies);
    const result = startSession(flow, {
      sessionId: 's1',
      trigger: withReplies.triggers[0]!,
      event: { type: 'api' },
      context: createStepContext({ lastCustomerMessageAt: null }),
    });
    expect(result.effects[0]).toMatchObject({
      type: 'send',
      kind: 'template',
      price: 'marketing',
      message: {
        type: 'template',
        template: {
          name: 'spring_offer',
          language: { code: 'en_US' },
          components: expect.arrayContaining([{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }]),
        },
      },
      display: expect.objectContaining({ body: 'Hi Ana, 20% off this week' }),
    });
    expect(result.snapshot).toMatchObject({ status: 'waiting', nodeId: 'offer' });
  });

  it('a quick-reply payload or a text equal to a button takes that output; anything else invalid at once', () => {
    const tap = simulate(withReplies);
    tap.start('api');
    tap.takeSent();
    tap.customer({ quickReply: 'stop' });
    expect(tap.takeSent().map((effect) => effect.nodeId)).toEqual(['no']);

    const typed = simulate(withReplies);
    typed.start('api');
    typed.customer({ text: 'yes PLEASE' });
    expect(typed.takeSent().map((effect) => effect.nodeId)).toEqual(['offer', 'yes']);

    const other = simulate(withReplies);
    other.start('api');
    other.customer({ text: 'what?' });
    expect(other.takeSent().map((effect) => effect.nodeId)).toEqual(['offer', 'other']);
  });

  it('without quick replies moves on at once', () => {
    const sim = simulate(offer([]));
    sim.customer({ text: 'hi' });
    const result = sim.start('api');
    expect(typeof result === 'object' && result.trace).toContainEqual(
      expect.objectContaining({ kind: 'edge', from: 'offer', handle: 'next', to: 'yes' }),
    );
    expect(sim.takeSent().map((effect) => effect.nodeId)).toEqual(['offer', 'yes']);
    expect(sim.state.ended?.reason).toBe('completed');
  });

  it('is refused for a marketing opt-out, ending the session with the code', () => {
    const sim = simulate(withReplies, { marketingOptOut: true });
    sim.start('api');
    expect(sim.takeSent()).toEqual([]);
    expect(sim.state.ended).toEqual({ reason: 'refused', detail: 'marketingOptedOut' });
  });

  it('uses the workspace registry when one is given: missing is refused, the registry category prices it', () => {
    const flow = compileUnchecked(withReplies);
    const input = {
      sessionId: 's1',
      trigger: withReplies.triggers[0]!,
      event: { type: 'api' } as const,
    };
    const missing = startSession(flow, { ...input, context: createStepContext({ templates: {} }) });
    expect(missing.effects).toEqual([{ type: 'end', reason: 'refused', detail: 'templateMissing', nodeId: 'offer' }]);
    const registered = startSession(flow, {
      ...input,
      context: createStepContext({
        templates: { 'spring_offer:en_US': { status: 'APPROVED', category: 'utility' } },
        contact: createContact(),
        now: NOW + HOUR,
      }),
    });
    expect(registered.effects[0]).toMatchObject({ type: 'send', price: 'free' });
    const paused = startSession(flow, {
      ...input,
      context: createStepContext({ templates: { 'spring_offer:en_US': { status: 'PAUSED', category: 'marketing' } } }),
    });
    expect(paused.effects.at(-1)).toEqual({
      type: 'end',
      reason: 'refused',
      detail: 'templateNotApproved',
      nodeId: 'offer',
    });
  });
});
