import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConversationScript, runScript, type ScriptConversation } from '@salesbot/engine';
import { type Graph, graphSchema } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { actionOfStep } from './actionOfStep.ts';
import { createPreviewStore, DEFAULT_CONTACT, type PreviewStore } from './createPreviewStore.ts';
import type { PreviewSetup } from './previewTypes.ts';
import { recordScript } from './recordScript.ts';

const FLOWS = join(import.meta.dirname, '../../../../flows');
const HOUR = 3_600_000;

function loadGraph(file: string): Graph {
  return graphSchema.parse(JSON.parse(readFileSync(join(FLOWS, file), 'utf8')));
}

function loadScript(name: string): ConversationScript {
  return JSON.parse(readFileSync(join(FLOWS, `${name}.script.json`), 'utf8')) as ConversationScript;
}

function setupOf(conversation: ScriptConversation): PreviewSetup {
  const contact = conversation.contact ?? {};
  return {
    start: Date.parse(conversation.start),
    contact: {
      ...DEFAULT_CONTACT,
      ...contact,
      fields: contact.fields ?? {},
      tags: contact.tags ?? [],
    },
    businessVerified: conversation.channel?.businessVerified ?? true,
  };
}

/** Plays a script conversation through the preview store, checking each `bot` and `expect` step on the way. */
function play(store: PreviewStore, conversation: ScriptConversation) {
  for (const [index, step] of conversation.steps.entries()) {
    const where = `${conversation.name}, step ${index + 1}`;
    if ('bot' in step) {
      const sent = store.getState().sends.at(-1) ?? [];
      const expected = step.bot.map((entry) => ('message' in entry && !('type' in entry) ? entry : { message: entry }));
      expect(
        sent.map((send) => send.message),
        where,
      ).toEqual(expected.map((entry) => entry.message));
      for (const [i, entry] of expected.entries()) {
        if ('price' in entry && entry.price) expect(sent[i]?.price, where).toBe(entry.price);
      }
      continue;
    }
    if ('expect' in step) {
      const { view } = store.getState();
      if (step.expect.status) expect(view.status, where).toBe(step.expect.status);
      if (step.expect.endReason) expect(view.ended?.reason, where).toBe(step.expect.endReason);
      if (step.expect.node) expect(view.nodeId, where).toBe(step.expect.node);
      for (const [name, value] of Object.entries(step.expect.variables ?? {})) {
        expect(view.variables[name], where).toBe(value);
      }
      continue;
    }
    const action = actionOfStep(step);
    if (typeof action === 'string' || action === null) throw new Error(`${where}: ${action}`);
    const ok = store.getState().act(action);
    expect(store.getState().error, where).toBeNull();
    expect(ok).toBe(true);
  }
}

const scripts = readdirSync(FLOWS)
  .filter((file) => file.endsWith('.script.json'))
  .map((file) => file.replace('.script.json', ''));

describe('the preview plays every example conversation as the script runner does', () => {
  for (const name of scripts) {
    const script = loadScript(name);
    for (const conversation of script.conversations) {
      it(`${name} › ${conversation.name}`, () => {
        const graph = loadGraph(script.flow);
        const store = createPreviewStore(graph, setupOf(conversation));
        play(store, conversation);

        // The recording of the same run is a script that passes.
        const state = store.getState();
        const { script: recorded, warnings } = recordScript({
          flowFile: script.flow,
          name: conversation.name,
          setup: state.setup,
          actions: state.actions,
          sends: state.sends,
          view: state.view,
        });
        expect(warnings).toEqual([]);
        const result = runScript(recorded, {
          loadGraph: (file) => JSON.parse(readFileSync(join(FLOWS, file), 'utf8')),
        });
        expect(result.conversations[0]?.failure).toBeUndefined();
        expect(result.ok).toBe(true);
      });
    }
  }
});

describe('createPreviewStore', () => {
  const start = Date.parse('2026-03-02T09:00:00Z');
  const booking = () => createPreviewStore(loadGraph('appointment-booking.json'), { start });

  it('steps back to the snapshot before the last action, and replays to the same state', () => {
    const store = booking();
    store.getState().act({ type: 'customer', input: { text: 'I want to book' } });
    const afterFirst = store.getState().view;
    store.getState().act({ type: 'customer', input: { list: 'facial' } });
    const afterSecond = store.getState().view;
    expect(afterSecond.transcript.length).toBeGreaterThan(afterFirst.transcript.length);

    store.getState().stepBack();
    expect(store.getState().view).toBe(afterFirst);
    expect(store.getState().actions).toHaveLength(1);

    // The rebuilt run continues exactly as the first time.
    store.getState().act({ type: 'customer', input: { list: 'facial' } });
    expect(store.getState().view).toEqual(afterSecond);

    store.getState().stepBack();
    store.getState().stepBack();
    expect(store.getState().view.status).toBe('idle');
    expect(store.getState().view.transcript).toEqual([]);
    store.getState().stepBack();
    expect(store.getState().actions).toHaveLength(0);
  });

  it('refuses a tap on a button the bot never offered, and records nothing', () => {
    const store = booking();
    store.getState().act({ type: 'customer', input: { text: 'book' } });
    expect(store.getState().act({ type: 'customer', input: { button: 'nope' } })).toBe(false);
    expect(store.getState().error).toMatch(/no reply button "nope"/);
    expect(store.getState().actions).toHaveLength(1);
  });

  it('jumps to the next timer and fires it at its own time', () => {
    const store = booking();
    const act = store.getState().act;
    act({ type: 'customer', input: { text: 'book' } });
    act({ type: 'customer', input: { list: 'facial' } });
    act({ type: 'customer', input: { button: 'slot_thu_1000' } });
    // The email question waits 30 minutes for an answer.
    const timer = store.getState().view.timers[0];
    expect(timer?.at).toBe(start + 30 * 60_000);
    expect(store.getState().nextTimer()).toBe(true);
    const { view } = store.getState();
    expect(view.now).toBe(timer?.at);
    expect(view.timers).toEqual([]);
    const notices = view.transcript.filter((entry) => entry.kind === 'notice').map((entry) => entry.code);
    expect(notices).toContain('timer');
    expect(store.getState().nextTimer()).toBe(false);
  });

  it('marks the customer-service window closing at its time, before what happens later', () => {
    const store = createPreviewStore(loadGraph('re-engagement.json'), { start });
    store.getState().act({
      type: 'customer',
      input: { text: 'Hi', referral: { sourceType: 'ad', sourceId: 'ad-1', headline: 'Spring' } },
    });
    store.getState().act({ type: 'advance', ms: 4 * 24 * HOUR + HOUR });
    const added = store.getState().view.transcript.filter((entry) => entry.action === 1);
    const codes = added.map((entry) => (entry.kind === 'notice' ? entry.code : entry.kind));
    const closed = codes.indexOf('windowClosed');
    expect(closed).toBeGreaterThan(0);
    expect(added[closed]?.at).toBe(start + 24 * HOUR);
    // Everything after the notice happened at or after the close, everything before it earlier.
    for (const [i, entry] of added.entries()) {
      if (i === 0) continue;
      if (i < closed) expect(entry.at).toBeLessThan(start + 24 * HOUR);
      if (i > closed) expect(entry.at).toBeGreaterThanOrEqual(start + 24 * HOUR);
    }
    // The nudge after the 2-day delay went as its marketing template fallback.
    const bots = added.filter((entry) => entry.kind === 'bot');
    expect(bots.at(-1)?.kind === 'bot' && bots.at(-1)?.send.message.type).toBe('template');
    expect(codes).toContain('fallback');
    expect(store.getState().view.totals.marketing).toBe(1);
  });

  it('lets the tester edit variables and the contact during the run', () => {
    const store = booking();
    store.getState().act({ type: 'customer', input: { text: 'book' } });
    expect(store.getState().act({ type: 'setVariable', name: 'service', value: 'Massage' })).toBe(true);
    expect(store.getState().view.variables.service).toBe('Massage');
    const contact = { ...store.getState().view.contact, tags: ['vip'] };
    store.getState().act({ type: 'setContact', contact });
    expect(store.getState().view.contact.tags).toEqual(['vip']);
    store.getState().stepBack();
    expect(store.getState().view.contact.tags).toEqual([]);
  });

  it('runs the live clock as one action per run of seconds, the same as one jump', () => {
    const store = booking();
    store.getState().act({ type: 'customer', input: { text: 'book' } });
    store.getState().act({ type: 'customer', input: { list: 'facial' } });
    store.getState().act({ type: 'customer', input: { button: 'slot_thu_1000' } });
    // 31 minutes of live seconds: the 30-minute email timeout fires on the way.
    for (let i = 0; i < 31 * 60; i++) store.getState().tick(1000);
    const { actions, views, view } = store.getState();
    expect(actions.at(-1)).toEqual({ type: 'advance', ms: 31 * 60_000, live: true });
    expect(actions).toHaveLength(4);
    expect(views).toHaveLength(5);
    expect(view.now).toBe(start + 31 * 60_000);
    expect(view.transcript.some((entry) => entry.kind === 'notice' && entry.code === 'timer')).toBe(true);
    expect(view.transcript.some((entry) => entry.kind === 'notice' && entry.code === 'clock')).toBe(false);

    // Replaying the merged action gives the same run.
    store.getState().replayOnDraft();
    expect(store.getState().view).toEqual(view);
    store.getState().stepBack();
    expect(store.getState().view.now).toBe(start);
  });

  it('refuses to set variables before a session runs', () => {
    const store = booking();
    expect(store.getState().act({ type: 'setVariable', name: 'service', value: 'x' })).toBe(false);
  });

  it('takes a new draft at once when idle, marks a running run stale, and replays it on request', () => {
    const graph = loadGraph('appointment-booking.json');
    const store = createPreviewStore(graph, { start });
    const renamed = { ...graph, name: 'Renamed' };
    store.getState().setDraft(renamed);
    expect(store.getState().graph).toBe(renamed);
    store.getState().act({ type: 'customer', input: { text: 'book' } });
    const changed = {
      ...renamed,
      nodes: renamed.nodes.map((node) =>
        node.id === 'services' && node.type === 'list'
          ? { ...node, data: { ...node.data, body: 'Changed body' } }
          : node,
      ),
    };
    store.getState().setDraft(changed);
    expect(store.getState().stale).toBe(true);
    expect(store.getState().graph).toBe(renamed);
    store.getState().replayOnDraft();
    expect(store.getState().stale).toBe(false);
    const first = store.getState().sends[0]?.[0]?.message;
    expect(first?.type === 'interactive' && first.interactive.body.text).toBe('Changed body');
  });

  it('reports the errors of a draft that does not compile', () => {
    const graph = loadGraph('appointment-booking.json');
    const broken = {
      ...graph,
      edges: [...graph.edges, { id: 'bad', source: 'nowhere', sourceHandle: 'next', target: 'x' }],
    };
    const store = createPreviewStore(broken, { start });
    expect(store.getState().problems?.length).toBeGreaterThan(0);
    expect(store.getState().act({ type: 'customer', input: { text: 'book' } })).toBe(false);
  });
});
