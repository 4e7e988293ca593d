/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { formatScriptResult } from './formatScriptResult.ts';
import { runScript } from './runScript.ts';
import type { ConversationScript } from './scriptTypes.ts';

// Every conversation script in flows/ runs through the engine exactly as `npx salesbot test` runs it.
const files = import.meta.glob<unknown>('../../../../flows/*.json', { eager: true, import: 'default' });
const byName = new Map(Object.entries(files).map(([path, json]) => [path.split('/').at(-1) ?? path, json]));
const scripts = [...byName].filter(([name]) => name.endsWith('.script.json'));

describe('example flows', () => {
  it('has conversation scripts', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(6);
  });

  describe.each(scripts)('%s', (name, script) => {
    const result = runScript(script as ConversationScript, {
      loadGraph: (flow) => {
        const graph = byName.get(flow.replace(/^\.\//, ''));
        if (graph === undefined) throw new Error(`${name}: no flow file ${flow}`);
        return graph;
      },
    });
    it.each(result.conversations.map((conversation) => [conversation.name, conversation] as const))(
      '%s',
      (_, conversation) => {
        const report = formatScriptResult({ ...result, conversations: [conversation] }, name).join('\n');
        expect(conversation.ok, report).toBe(true);
      },
    );
  });
});
