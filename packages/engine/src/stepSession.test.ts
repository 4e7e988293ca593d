import { describe, expect, it } from 'vitest';
import { startSession } from './startSession.ts';
import { stepSession } from './stepSession.ts';
import {
  compileUnchecked,
  createGraph,
  createStepContext,
  HOUR,
  inbound,
  NOW,
  n,
  simulate,
  wire,
} from './testing/fixtures.ts';

const askGraph = createGraph({
  nodes: [
    n('intro.text', 'text', { body: 'Hi' }),
    n('ask.menu', 'buttons', {
      body: 'Pick',
      buttons: [{ id: 'a', title: 'A' }],
      timeout: { amount: 1, unit: 'hours' },
    }),
    n('template', 'template', { name: 'later', language: 'en', category: 'utility', body: 'Still there?' }),
  ],
  edges: wire(['intro.text', 'next', 'ask.menu'], ['intro.text', 'windowClosed', 'template']),
});

describe('stepSession', () => {
  it('keeps a plain-JSON snapshot that names the waiting step (dots in ids included)', () => {
    const flow = compileUnchecked(askGraph);
    const started = startSession(flow, {
      sessionId: 's1',
      trigger: askGraph.triggers[0]!,
      event: { type: 'inbound', message: inbound('hi') },
      context: createStepContext(),
    });
    expect(started.snapshot.status).toBe('waiting');
    expect(started.snapshot.nodeId).toBe('ask.menu');
    expect(JSON.parse(JSON.stringify(started.snapshot))).toEqual(started.snapshot);
    const stepped = stepSession(flow, {
      sessionId: 's1',
      snapshot: JSON.parse(JSON.stringify(started.snapshot)),
      event: { type: 'inbound', message: inbound({ type: 'buttonReply', id: 'a', title: 'A' }) },
      context: createStepContext(),
    });
    expect(stepped.effects.map((effect) => effect.type)).toEqual(['cancelTimer', 'end']);
  });

  it('stops a session that runs more than 100 steps without waiting (loopLimit)', () => {
    const graph = createGraph({
      variables: [{ name: 'n', defaultValue: '0' }],
      nodes: [
        n('again', 'condition', {
          branches: [
            {
              id: 'never',
              label: 'never',
              rules: [{ subject: { kind: 'variable', name: 'n' }, operator: 'isNotSet' }],
            },
          ],
        }),
        n('tag', 'addTag', { tag: 'x' }),
      ],
      edges: wire(['again', 'else', 'tag'], ['tag', 'next', 'again']),
    });
    const sim = simulate(graph);
    const result = sim.customer({ text: 'hi' });
    const effects = typeof result === 'object' && result ? result.effects : [];
    expect(effects.at(-1)).toEqual({ type: 'end', reason: 'loopLimit', nodeId: 'again' });
    expect(effects.filter((effect) => effect.type === 'addTag')).toHaveLength(50);
  });

  it('stops a chain of more than 100 steps at the 101st, before it does anything', () => {
    const ids = Array.from({ length: 105 }, (_, i) => `s${i}`);
    const graph = createGraph({
      nodes: ids.map((id) => n(id, 'addTag', { tag: id })),
      edges: wire(...ids.slice(1).map((id, i): [string, string, string] => [ids[i] as string, 'next', id])),
    });
    const result = simulate(graph).customer({ text: 'hi' });
    const effects = typeof result === 'object' && result ? result.effects : [];
    expect(effects.filter((effect) => effect.type === 'addTag')).toHaveLength(100);
    expect(effects.at(-1)).toEqual({ type: 'end', reason: 'loopLimit', nodeId: 's100' });
  });

  it('ends on agentTookOver, cancelling the timer it waited for', () => {
    const sim = simulate(askGraph);
    sim.customer({ text: 'hi' });
    const flow = compileUnchecked(askGraph);
    const result = stepSession(flow, {
      sessionId: 's1',
      snapshot: sim.state.session!,
      event: { type: 'agentTookOver', agent: 'maria' },
      context: createStepContext(),
    });
    expect(result.effects).toEqual([
      { type: 'cancelTimer', timerId: 'ask.menu:timeout:3' },
      { type: 'end', reason: 'agentTookOver' },
    ]);
    expect(result.snapshot.status).toBe('ended');
  });

  it('a send that failed with 131047 takes its step windowClosed output; other failures end sendFailed', () => {
    const sim = simulate(askGraph);
    sim.customer({ text: 'hi' });
    const [hello] = sim.takeSent();
    const flow = compileUnchecked(askGraph);
    const input = {
      sessionId: 's1',
      snapshot: sim.state.session!,
      context: createStepContext({ now: NOW + HOUR / 2 }),
    };
    const closed = stepSession(flow, { ...input, event: { type: 'sendFailed', effectId: hello!.id, code: 131047 } });
    expect(closed.effects.map((effect) => effect.type)).toEqual(['cancelTimer', 'send', 'end']);
    expect(closed.effects[1]).toMatchObject({ nodeId: 'template' });
    const other = stepSession(flow, { ...input, event: { type: 'sendFailed', effectId: hello!.id, code: 131026 } });
    expect(other.effects.at(-1)).toEqual({ type: 'end', reason: 'sendFailed' });
    const unknown = stepSession(flow, { ...input, event: { type: 'sendFailed', effectId: 'x:1', code: 131047 } });
    expect(unknown.effects).toEqual([]);
    expect(unknown.snapshot.status).toBe('waiting');
  });

  it('an ended session stays ended and does nothing', () => {
    const sim = simulate(createGraph({ nodes: [n('stop', 'end', {})] }));
    sim.customer({ text: 'hi' });
    const result = stepSession(compileUnchecked(createGraph({ nodes: [n('stop', 'end', {})] })), {
      sessionId: 's1',
      snapshot: sim.state.session!,
      event: { type: 'inbound', message: inbound('again') },
      context: createStepContext(),
    });
    expect(result.effects).toEqual([]);
    expect(result.snapshot).toEqual(sim.state.session);
  });

  it('ends with error for a trigger the flow does not have', () => {
    const flow = compileUnchecked(askGraph);
    const result = startSession(flow, {
      sessionId: 's1',
      trigger: { id: 'nope', type: 'api', nodeId: 'ask.menu' },
      event: { type: 'api' },
      context: createStepContext(),
    });
    expect(result.effects).toEqual([{ type: 'end', reason: 'error', detail: 'unknown trigger' }]);
  });

  it('an API start sets the variables it carries', () => {
    const graph = createGraph({
      triggers: [{ id: 'api', type: 'api', nodeId: 'say' }],
      variables: [{ name: 'order' }],
      nodes: [n('say', 'text', { body: 'Order {{order}} shipped' })],
    });
    const result = startSession(compileUnchecked(graph), {
      sessionId: 's1',
      trigger: graph.triggers[0]!,
      event: { type: 'api', variables: { order: 'A-7' } },
      context: createStepContext(),
    });
    expect(result.effects[0]).toMatchObject({ message: { text: { body: 'Order A-7 shipped' } } });
  });

  it('a stage change reaches the working contact of a waiting session', () => {
    const sim = simulate(askGraph);
    sim.customer({ text: 'hi' });
    const result = sim.stage('sales', 'won');
    expect(result?.contact?.stage).toEqual({ pipeline: 'sales', stage: 'won' });
    expect(result?.trace[0]).toEqual({ at: NOW, kind: 'event', event: 'stageChanged', detail: 'sales/won' });
  });
});

describe('stepSession with a snapshot that does not fit the flow', () => {
  it('ends the session with error and the reason, instead of throwing', () => {
    const flow = compileUnchecked(askGraph);
    const result = stepSession(flow, {
      sessionId: 's1',
      snapshot: { machine: { value: 'gone', context: {} }, status: 'waiting', nodeId: 'gone' },
      event: { type: 'inbound', message: inbound('hi') },
      context: createStepContext(),
    });
    expect(result.snapshot).toMatchObject({ status: 'ended', nodeId: null });
    expect(result.effects).toEqual([{ type: 'end', reason: 'error', detail: expect.stringContaining('gone') }]);
  });
});
