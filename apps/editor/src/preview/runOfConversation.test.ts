import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConversationScript, ScriptConversation } from '@salesbot/engine';
import { type Graph, graphSchema } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { compareWithScript } from './compareWithScript.ts';
import { createPreviewStore, DEFAULT_CONTACT } from './createPreviewStore.ts';
import { runOfConversation } from './runOfConversation.ts';
import { scriptNameOf } from './scriptsApi.ts';

const FLOWS = join(import.meta.dirname, '../../../../flows');
const read = (file: string): unknown => JSON.parse(readFileSync(join(FLOWS, file), 'utf8'));
const scripts = readdirSync(FLOWS)
  .filter((file) => file.endsWith('.script.json'))
  .map((file) => read(file) as ConversationScript);

describe('replaying a stored script in the preview', () => {
  for (const script of scripts) {
    const graph = graphSchema.parse(read(script.flow)) as Graph;
    for (const conversation of script.conversations) {
      it(`${script.flow} › ${conversation.name}: the run sends what the script lists and matches it`, () => {
        const run = runOfConversation(conversation);
        if (typeof run === 'string') throw new Error(run);
        const store = createPreviewStore(graph);
        store.getState().load(run.setup, run.actions);
        const state = store.getState();
        expect(state.error).toBeNull();
        expect(state.actions).toHaveLength(run.actions.length);
        expect(state.view.now).toBeGreaterThanOrEqual(Date.parse(conversation.start));
        // Every message the preview shows is one the script's bot steps list, in order.
        const listed = conversation.steps.flatMap((step) =>
          'bot' in step ? step.bot.map((entry) => ('message' in entry ? entry.message : entry)) : [],
        );
        expect(state.sends.flat().map((send) => send.message)).toEqual(listed);
        expect(compareWithScript(graph, conversation)).toBeNull();
      });
    }
  }

  it('takes the script format’s defaults for what a conversation leaves out', () => {
    const run = runOfConversation({ name: 'a', start: '2026-03-02T09:00:00Z', steps: [{ advance: '90m' }] });
    expect(run).toEqual({
      setup: { start: Date.parse('2026-03-02T09:00:00Z'), contact: DEFAULT_CONTACT, businessVerified: true },
      actions: [{ type: 'advance', ms: 90 * 60_000 }],
    });
  });

  it('says why a conversation cannot be played', () => {
    expect(runOfConversation({ name: 'a', start: 'Monday', steps: [] })).toBe('"Monday" is not a time');
    expect(runOfConversation({ name: 'a', start: '2026-03-02T09:00:00Z', steps: [{ advance: 'soon' }] })).toBe(
      'Step 1: "soon" is not a duration',
    );
  });

  it('reports the first difference when the draft no longer does what the script recorded', () => {
    const script = read('lead-qualification.script.json') as ConversationScript;
    const graph = graphSchema.parse(read(script.flow)) as Graph;
    const conversation = structuredClone(script.conversations[0]) as ScriptConversation;
    const bot = conversation.steps.find((step) => 'bot' in step) as { bot: { message: { type: string } }[] };
    bot.bot[0] = { message: { type: 'text', text: { body: 'Something else' } } } as never;
    const lines = compareWithScript(graph, conversation);
    expect(lines?.[0]).toMatch(/^step 2 \(bot\): /);
  });
});

describe('scriptNameOf', () => {
  it.each([
    ['Recorded in the preview', 'recorded-in-the-preview'],
    ['  Maya: 51–200 people!  ', 'maya-51-200-people'],
    ['Ünïcode café', 'unicode-cafe'],
    ['!!!', 'script'],
    [`${'a'.repeat(59)} b`, 'a'.repeat(59)],
  ])('%j → %j', (text, name) => {
    expect(scriptNameOf(text)).toBe(name);
    expect(name).toMatch(/^[a-z0-9-]{1,60}$/);
  });
});
