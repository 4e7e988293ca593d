import type { OutboundMessage } from '@salesbot/whatsapp';
import { describe, expect, it } from 'vitest';
import { createGraph, HOUR, NOW, n, simulate, wire } from '../testing/fixtures.ts';
import { formatScriptResult } from './formatScriptResult.ts';
import { runScript } from './runScript.ts';
import type { ConversationScript, ScriptStep } from './scriptTypes.ts';

const graph = createGraph({
  triggers: [
    { id: 'hi', type: 'inboundMessage', nodeId: 'ask', match: { kind: 'keyword', keywords: ['hi'] } },
    { id: 'api', type: 'api', nodeId: 'lookup' },
  ],
  variables: [{ name: 'order' }],
  nodes: [
    n('ask', 'buttons', {
      body: 'Hello {{contact.first_name}}',
      buttons: [{ id: 'yes', title: 'Yes' }],
      timeout: { amount: 1, unit: 'hours' },
    }),
    n('nudge', 'delay', { duration: { amount: 30, unit: 'minutes' } }),
    n('bye', 'text', { body: 'Bye' }),
    n('lookup', 'webhook', {
      url: 'https://x.test/{{order}}',
      responseMappings: [{ path: 'status', variable: 'order' }],
    }),
    n('done', 'end', {}),
  ],
  edges: wire(['ask', 'yes', 'bye'], ['ask', 'timeout', 'nudge'], ['nudge', 'next', 'bye'], ['lookup', 'next', 'done']),
});

const hello: OutboundMessage = {
  type: 'interactive',
  interactive: {
    type: 'button',
    body: { text: 'Hello Ana' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
  },
};
const bye: OutboundMessage = { type: 'text', text: { body: 'Bye' } };
const helloBob: OutboundMessage = {
  type: 'interactive',
  interactive: {
    type: 'button',
    body: { text: 'Hello Bob' },
    action: { buttons: [{ type: 'reply', reply: { id: 'yes', title: 'Yes' } }] },
  },
};

const run = (steps: ScriptStep[]) => {
  const script: ConversationScript = {
    flow: 'test.json',
    conversations: [{ name: 'c', start: '2026-03-02T09:00:00Z', steps }],
  };
  return runScript(script, { loadGraph: () => graph });
};

describe('runScript', () => {
  it('passes a conversation that goes as written', () => {
    const result = run([
      { customer: { text: 'Hi' } },
      { bot: [{ message: hello, price: 'free' }] },
      { customer: { button: 'yes' } },
      { bot: [bye] },
      { expect: { status: 'ended', endReason: 'completed' } },
    ]);
    expect(result.conversations[0]?.failure?.message ?? '').toBe('');
    expect(result).toEqual({ flow: 'test.json', ok: true, conversations: [{ name: 'c', ok: true }] });
  });

  it('reports the first difference as a path with expected and actual', () => {
    const result = run([{ customer: { text: 'hi' } }, { bot: [helloBob] }]);
    expect(result.conversations[0]?.failure).toEqual({
      step: 1,
      stepKind: 'bot',
      message: 'a bot message differs',
      path: 'bot[0].interactive.body.text',
      expected: 'Hello Bob',
      actual: 'Hello Ana',
    });
    expect(formatScriptResult(result, 'test.script.json')).toEqual([
      '✗ test.script.json › c',
      '    step 2 (bot): a bot message differs',
      '    at bot[0].interactive.body.text',
      '      expected: "Hello Bob"',
      '      actual:   "Hello Ana"',
    ]);
  });

  it('fails on bot messages the script does not list, and on a wrong price', () => {
    const unlisted = run([{ customer: { text: 'hi' } }, { expect: { status: 'waiting' } }]);
    expect(unlisted.conversations[0]?.failure).toMatchObject({ step: 1, stepKind: 'expect', actual: [hello] });
    const trailing = run([{ customer: { text: 'hi' } }]);
    expect(trailing.conversations[0]?.failure).toMatchObject({ step: 1, stepKind: 'end' });
    const price = run([{ customer: { text: 'hi' } }, { bot: [{ message: hello, price: 'marketing' }] }]);
    expect(price.conversations[0]?.failure).toMatchObject({
      path: 'bot[0].price',
      expected: 'marketing',
      actual: 'free',
    });
  });

  it('advances the clock through timers in order, each at its own time', () => {
    const result = run([{ customer: { text: 'hi' } }, { bot: [hello] }, { advance: '2h' }, { bot: [bye] }]);
    expect(result.ok).toBe(true);
    const sim = simulate(graph);
    sim.customer({ text: 'hi' });
    const fired = sim.advance(2 * HOUR);
    expect(fired.map((step) => step.trace[0]?.at)).toEqual([NOW + HOUR, NOW + 1.5 * HOUR]);
    expect(sim.state.now).toBe(NOW + 2 * HOUR);
  });

  it('starts through a named trigger with variables and answers the pending webhook', () => {
    const result = run([
      { start: { trigger: 'api', variables: { order: 'A7' } } },
      { expect: { status: 'waiting', node: 'lookup', webhook: { method: 'POST', url: 'https://x.test/A7' } } },
      { webhook: { status: 200, body: { status: 'shipped' } } },
      { expect: { status: 'ended', variables: { order: 'shipped' } } },
    ]);
    expect(result.conversations[0]?.failure).toBeUndefined();
  });

  it('says what is wrong with an impossible step', () => {
    expect(run([{ customer: { button: 'nope' } }]).conversations[0]?.failure?.message).toBe(
      'the bot offered no reply button "nope"',
    );
    expect(run([{ advance: 'soon' }]).conversations[0]?.failure?.message).toMatch(/not a duration/);
    expect(run([{ webhook: { status: 200 } }]).conversations[0]?.failure?.message).toBe(
      'the bot has no pending webhook call',
    );
  });

  it('fails every conversation of a flow that does not compile, with its diagnostics', () => {
    const result = runScript(
      { flow: 'broken.json', conversations: [{ name: 'c', start: '2026-03-02T09:00:00Z', steps: [] }] },
      { loadGraph: () => ({ schemaVersion: 1 }) },
    );
    expect(result.ok).toBe(false);
    expect(result.conversations[0]?.failure?.message).toMatch(/^the flow does not compile: schema\.invalid/);
  });

  it('fails a script with no conversations (a test that checks nothing), as its report says', () => {
    const result = runScript({ flow: 'test.json', conversations: [] }, { loadGraph: () => graph });
    expect(result).toEqual({ flow: 'test.json', ok: false, conversations: [] });
    expect(formatScriptResult(result, 'empty.script.json')).toEqual(['✗ empty.script.json: no conversations']);
  });
});
