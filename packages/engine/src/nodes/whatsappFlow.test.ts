import { describe, expect, it } from 'vitest';
import { createGraph, HOUR, inbound, n, simulate, wire } from '../testing/fixtures.ts';

const form = (withTemplate: boolean) =>
  createGraph({
    triggers: [{ id: 'api', type: 'api', nodeId: 'form' }],
    variables: [{ name: 'day' }, { name: 'extras' }],
    nodes: [
      n('form', 'whatsappFlow', {
        flowName: 'booking',
        body: 'Book your visit',
        cta: 'Book',
        screens: [{ id: 'DETAILS', title: 'Details', fields: [{ type: 'datePicker', name: 'date', label: 'Day' }] }],
        answers: [
          { field: 'date', variable: 'day' },
          { field: 'extras', variable: 'extras' },
        ],
        ...(withTemplate
          ? {
              template: {
                name: 'book_flow',
                language: 'en',
                category: 'utility' as const,
                body: 'Book your visit',
                buttonText: 'Book',
              },
            }
          : {}),
      }),
      n('thanks', 'text', { body: 'See you on {{day}} with {{extras}}' }),
      n('closed', 'end', {}),
    ],
    edges: wire(['form', 'submitted', 'thanks'], ['form', 'windowClosed', 'closed']),
  });

describe('whatsappFlow', () => {
  it('window open: sends the interactive Flow with the session token, waits for the completion', () => {
    const sim = simulate(form(true));
    sim.customer({ text: 'hi' });
    sim.start('api');
    const [sent] = sim.takeSent();
    expect(sent?.message).toMatchObject({
      type: 'interactive',
      interactive: { type: 'flow', action: { parameters: { flow_token: 's1:form', flow_name: 'booking' } } },
    });
    expect(sent?.kind).toBe('flow');
    sim.customer({ text: 'what is this?' });
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'form' });
    sim.customer({ flow: { date: '2026-03-05', extras: ['parking', 'coffee'] } });
    expect(sim.takeSent().map((effect) => effect.message)).toEqual([
      { type: 'text', text: { body: 'See you on 2026-03-05 with parking, coffee' } },
    ]);
  });

  it('window closed: sends its Flow template instead', () => {
    const sim = simulate(form(true));
    sim.start('api');
    const [sent] = sim.takeSent();
    expect(sent?.message).toMatchObject({ type: 'template', template: { name: 'book_flow' } });
    expect(sent).toMatchObject({ kind: 'template', price: 'utility' });
    sim.advance(48 * HOUR);
    sim.customer({ flow: { date: '2026-03-09' } });
    expect(sim.state.session?.status).toBe('ended');
  });

  it('window closed and no template: takes windowClosed', () => {
    const sim = simulate(form(false));
    const result = sim.start('api');
    expect(sim.takeSent()).toEqual([]);
    expect(typeof result === 'object' && result.trace).toContainEqual(
      expect.objectContaining({ kind: 'edge', from: 'form', handle: 'windowClosed', to: 'closed' }),
    );
  });

  it('ignores the completion of another Flow message', () => {
    const sim = simulate(form(false));
    sim.customer({ text: 'hi' });
    sim.start('api');
    sim.receive(inbound({ type: 'flowReply', flowToken: 'other:form', answers: { date: 'x' } }));
    expect(sim.state.session).toMatchObject({ status: 'waiting', nodeId: 'form' });
  });

  it('refuses for an unverified business without trying the template', () => {
    const sim = simulate(form(true), {}, { businessVerified: false });
    sim.customer({ text: 'hi' });
    sim.start('api');
    expect(sim.takeSent()).toEqual([]);
    expect(sim.state.ended).toEqual({ reason: 'refused', detail: 'flowsNeedVerifiedBusiness' });
  });
});
