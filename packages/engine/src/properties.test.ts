/// <reference types="vite/client" />
import { type Graph, listRows } from '@salesbot/graph';
import { applyConversationEvent, checkSend, type PolicyMessage } from '@salesbot/policy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGraph } from './compileGraph.ts';
import { createSimulation, type Simulation } from './script/createSimulation.ts';
import { createContact, NOW } from './testing/fixtures.ts';
import type { CompiledFlow, Effect, StepContext, StepResult } from './types.ts';

// Random conversations over the example flows: taps of what the bot offered, typed titles and keywords, free text,
// Flow submissions, media, clock jumps, webhook answers, API and stage starts, failed sends, agents taking over.

const files = import.meta.glob<unknown>('../../../flows/*.json', { eager: true, import: 'default' });
const flows: CompiledFlow[] = Object.entries(files)
  .filter(([path]) => !path.endsWith('.script.json'))
  .map(([path, json]) => {
    const result = compileGraph(json);
    if (!result.ok) throw new Error(`${path} does not compile`);
    return result;
  });

type Action =
  | { kind: 'text'; pick: number; free: string; ad: boolean }
  | { kind: 'tap'; pick: number }
  | { kind: 'flow'; pick: number }
  | { kind: 'media' }
  | { kind: 'advance'; ms: number }
  | { kind: 'webhook'; status: number; pick: number }
  | { kind: 'start'; pick: number }
  | { kind: 'stage'; pick: number }
  | { kind: 'sendFailed'; pick: number; code: number }
  | { kind: 'agent' };

const action: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('text'),
      pick: fc.nat(),
      free: fc.string({ maxLength: 12 }),
      ad: fc.boolean(),
    }),
  },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('tap'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flow'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('media') }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('advance'),
      ms: fc.oneof(fc.integer({ min: 1000, max: 120_000 }), fc.integer({ min: 60_000, max: 30 * 3_600_000 })),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('webhook'),
      status: fc.constantFrom(200, 201, 404, 500, 0),
      pick: fc.nat(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('start'), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('stage'), pick: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('sendFailed'), pick: fc.nat(), code: fc.constantFrom(131047, 131026) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agent') }) },
);

const scenario = fc.record({
  flow: fc.nat({ max: flows.length - 1 }),
  optIn: fc.constantFrom('optedIn', 'optedIn', 'unknown', 'optedOut') as fc.Arbitrary<
    'optedIn' | 'unknown' | 'optedOut'
  >,
  marketingOptOut: fc.boolean(),
  businessVerified: fc.boolean(),
  steps: fc.array(fc.tuple(action, fc.boolean()), { minLength: 1, maxLength: 25 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

/** Plays a scenario; `roundTrip` serialises the stored snapshot to JSON and back after the flagged steps. */
function play(input: Scenario, roundTrip: boolean) {
  const flow = flows[input.flow] as CompiledFlow;
  const log: { context: StepContext; result: StepResult }[] = [];
  const sim = createSimulation(flow, {
    now: NOW,
    contact: createContact({ optIn: input.optIn, marketingOptOut: input.marketingOptOut }),
    channel: { businessVerified: input.businessVerified },
    onStep: (context, result) => log.push({ context, result }),
  });
  const sends: string[] = [];
  for (const [step, flag] of input.steps) {
    const before = log.length;
    perform(sim, flow.graph, step, sends);
    for (const entry of log.slice(before)) {
      for (const effect of entry.result.effects) if (effect.type === 'send') sends.push(effect.id);
    }
    if (roundTrip && flag && sim.state.session) sim.state.session = JSON.parse(JSON.stringify(sim.state.session));
  }
  return { log, sim };
}

function perform(sim: Simulation, graph: Graph, step: Action, sends: string[]): void {
  switch (step.kind) {
    case 'text': {
      const pool = textsOf(graph);
      const text = step.pick % 3 === 0 ? step.free : (pool[step.pick % pool.length] ?? 'hi');
      // Some messages come from a click-to-WhatsApp ad: the free entry-point window opens with the bot's answer.
      sim.customer({ text, ...(step.ad ? { referral: { sourceType: 'ad', sourceId: 'ad-1' } } : {}) });
      return;
    }
    case 'tap': {
      const offered = offeredChoices(sim);
      const choice = offered[step.pick % Math.max(offered.length, 1)];
      sim.customer(choice ?? { text: 'hi' });
      return;
    }
    case 'flow': {
      const result = sim.customer({ flow: { date: '2026-03-05', name: 'Ana', options: ['a', 'b'], n: step.pick } });
      if (typeof result === 'string') sim.customer({ text: 'hello' });
      return;
    }
    case 'media':
      sim.customer({ image: { id: 'media-1', mimeType: 'image/jpeg', caption: 'look' } });
      return;
    case 'advance':
      sim.advance(step.ms);
      return;
    case 'webhook':
      if (sim.state.webhook)
        sim.webhook({ status: step.status, body: { status: 'shipped', eta: step.pick, items: [1, 2] } });
      return;
    case 'start': {
      const triggers = graph.triggers.filter((trigger) => trigger.type !== 'inboundMessage');
      const trigger = triggers[step.pick % Math.max(triggers.length, 1)];
      if (trigger) sim.start(trigger.id, { order_id: String(step.pick) });
      return;
    }
    case 'stage': {
      const stages = graph.triggers.flatMap((trigger) => (trigger.type === 'stageChanged' ? [trigger] : []));
      const stage = stages[step.pick % Math.max(stages.length, 1)];
      sim.stage(stage?.pipeline ?? 'sales', stage?.stage ?? 'other');
      return;
    }
    case 'sendFailed': {
      const effectId = sends[step.pick % Math.max(sends.length, 1)];
      if (effectId) sim.send({ type: 'sendFailed', effectId, code: step.code });
      return;
    }
    case 'agent':
      sim.send({ type: 'agentTookOver', agent: 'maria' });
      return;
  }
}

/** Titles, keywords and choices the flow knows, plus a few answers of each validation kind. */
function textsOf(graph: Graph): string[] {
  const texts = ['hi', 'HOLA', '42', '3,5', 'ana@example.com', '+1 555 123 4567', 'no idea'];
  for (const trigger of graph.triggers)
    if (trigger.type === 'inboundMessage' && trigger.match.kind === 'keyword') texts.push(...trigger.match.keywords);
  for (const node of graph.nodes) {
    if (node.type === 'buttons') texts.push(...node.data.buttons.map((button) => button.title.toUpperCase()));
    if (node.type === 'list') texts.push(...listRows(node.data).map((row) => ` ${row.title} `));
    if (node.type === 'template') texts.push(...node.data.buttons.map((button) => button.text));
    if (node.type === 'waitForReply' && node.data.validation.kind === 'choice')
      texts.push(...node.data.validation.choices);
  }
  return texts;
}

/** The taps the newest interactive message or template offers. */
function offeredChoices(sim: Simulation) {
  for (let i = sim.state.sent.length - 1; i >= 0; i--) {
    const { message, display } = sim.state.sent[i] ?? {};
    if (message?.type === 'interactive' && message.interactive.type === 'button') {
      return message.interactive.action.buttons.map((button) => ({ button: button.reply.id }));
    }
    if (message?.type === 'interactive' && message.interactive.type === 'list') {
      return message.interactive.action.sections.flatMap((section) => section.rows.map((row) => ({ list: row.id })));
    }
    const quickReplies = [...(display?.buttons ?? []), ...(display?.cards ?? []).flatMap((card) => card.buttons)]
      .filter((button) => button.type === 'quickReply' && button.id)
      .map((button) => ({ quickReply: button.id as string }));
    if (quickReplies.length > 0) return quickReplies;
  }
  return [];
}

/** The policy's view of a send the engine emitted. */
function policyMessage(effect: Extract<Effect, { type: 'send' }>): PolicyMessage {
  if (effect.kind !== 'template') return { kind: effect.kind };
  const display = effect.display;
  const kind = display?.cards
    ? 'carousel'
    : display?.buttons.some((button) => button.type === 'flow')
      ? 'flow'
      : 'custom';
  return { kind: 'template', template: { category: display?.category ?? 'utility', status: 'APPROVED', kind } };
}

describe('engine properties', () => {
  it('a snapshot stored as JSON at any step continues exactly like the uninterrupted run', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const straight = play(input, false);
        const stored = play(input, true);
        expect(JSON.parse(JSON.stringify(stored.log))).toEqual(JSON.parse(JSON.stringify(straight.log)));
        expect(stored.sim.state.session).toEqual(JSON.parse(JSON.stringify(straight.sim.state.session)));
      }),
      { numRuns: 150 },
    );
  });

  it('never emits a send the policy refuses, with the facts as they were at that send', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const { log } = play(input, true);
        for (const { context, result } of log) {
          let facts = context.facts;
          for (const effect of result.effects) {
            if (effect.type !== 'send') continue;
            const decision = checkSend({
              facts,
              message: policyMessage(effect),
              context: 'bot',
              channel: context.channel,
              contact: context.contact,
              now: context.now,
            });
            expect(decision, JSON.stringify(effect.message)).toMatchObject({ allowed: true, price: effect.price });
            facts = applyConversationEvent(facts, { type: 'businessMessage', at: context.now });
          }
          expect(result.facts).toEqual(facts);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('plays long enough to reach waits, timers and ends (the generator is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(scenario, (input) => {
        const { log } = play(input, false);
        for (const { result } of log)
          for (const effect of result.effects) seen.add(effect.type === 'end' ? `end:${effect.reason}` : effect.type);
      }),
      { numRuns: 150, seed: 7 },
    );
    const expected = ['send', 'scheduleTimer', 'cancelTimer', 'callWebhook', 'setField', 'handoff'];
    expected.push('end:completed', 'end:handoff', 'end:refused', 'end:sendFailed', 'end:agentTookOver');
    for (const kind of expected) expect(seen).toContain(kind);
  });
});
