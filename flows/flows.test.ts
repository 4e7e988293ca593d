import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ConversationScript, conversationScriptSchema, type ScriptStep } from '@salesbot/engine';
import { carouselQuickReplies, type Graph, graphSchema, listRows, nodeTypes, validateGraph } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';

// The example flows parse, validate cleanly, and their conversation scripts use only the format of
// docs/conversation-scripts.md. Running the scripts against the engine is the engine's test.

const dir = import.meta.dirname;
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const graphFiles = readdirSync(dir).filter((file) => file.endsWith('.json') && !file.endsWith('.script.json'));
const scriptFiles = readdirSync(dir).filter((file) => file.endsWith('.script.json'));
const flowIds = graphFiles.map((file) => file.replace(/\.json$/, ''));
const graphs = new Map(graphFiles.map((file) => [file, graphSchema.parse(read(file))]));

/** A script file checked against the format (the engine's strict schema, the one the server's API applies). */
function parseScript(file: string) {
  const parsed = conversationScriptSchema.safeParse(read(file));
  // The schema checks what `ConversationScript` declares; the type lets the checks below narrow steps by kind.
  return { issues: parsed.error?.issues ?? [], script: parsed.data as ConversationScript | undefined };
}

describe.each(graphFiles)('%s', (file) => {
  const graph = graphs.get(file)!;

  it('parses, and its id is its file name', () => {
    expect(graph.id).toBe(file.replace(/\.json$/, ''));
  });

  it('validates without errors or warnings', () => {
    expect(validateGraph(read(file), { knownFlowIds: flowIds })).toEqual([]);
  });

  it('has a conversation script', () => {
    expect(scriptFiles).toContain(file.replace(/\.json$/, '.script.json'));
  });
});

describe.each(scriptFiles)('%s', (file) => {
  const parsed = parseScript(file);
  // The other checks read what parsed; a script that does not parse fails the first test with zod's issues.
  const script: ConversationScript = parsed.script ?? { flow: '', conversations: [] };
  const graph = graphs.get(script.flow);
  const steps = script.conversations.flatMap((conversation) => conversation.steps);

  it('follows the format of docs/conversation-scripts.md', () => {
    expect(parsed.issues).toEqual([]);
  });

  it('has at least two conversations', () => {
    expect(script.conversations.length).toBeGreaterThanOrEqual(2);
  });

  it('names an example flow beside it', () => {
    expect(script.flow).toBe(file.replace(/\.script\.json$/, '.json'));
    expect(graph).toBeDefined();
  });

  it('starts each conversation with a step that reaches the bot', () => {
    for (const conversation of script.conversations) {
      expect(Object.keys(conversation.steps[0] ?? {})[0]).toMatch(/^(customer|start|stage)$/);
    }
  });

  it('refers only to triggers, choices and steps the flow has', () => {
    const choices = graph ? choiceIds(graph) : { button: [], list: [], quickReply: [] };
    for (const s of steps) {
      if ('start' in s) expect(graph?.triggers.map((trigger) => trigger.id)).toContain(s.start.trigger);
      if ('expect' in s && s.expect.node) expect(graph?.nodes.map((node) => node.id)).toContain(s.expect.node);
      if ('customer' in s) {
        const message = s.customer as Record<string, unknown>;
        for (const kind of ['button', 'list', 'quickReply'] as const) {
          if (kind in message) expect(choices[kind]).toContain(message[kind]);
        }
      }
    }
  });
});

describe('the examples together', () => {
  const allSteps: ScriptStep[] = scriptFiles.flatMap(
    (file) => parseScript(file).script?.conversations.flatMap((conversation) => conversation.steps) ?? [],
  );
  const customer = allSteps.flatMap((s) => ('customer' in s ? [s.customer as Record<string, unknown>] : []));

  it('use every step type', () => {
    const used = new Set([...graphs.values()].flatMap((graph) => graph.nodes.map((node) => node.type)));
    expect([...nodeTypes].filter((type) => !used.has(type))).toEqual([]);
  });

  it('script every kind of inbound the brief asks for', () => {
    for (const kind of ['text', 'button', 'list', 'quickReply', 'flow', 'referral']) {
      expect(
        customer.some((message) => kind in message),
        kind,
      ).toBe(true);
    }
    for (const kind of ['advance', 'webhook', 'start', 'expect']) {
      expect(
        allSteps.some((s) => kind in s),
        kind,
      ).toBe(true);
    }
  });

  it('price templates as utility or marketing somewhere, and free messages somewhere', () => {
    const priced = allSteps.flatMap((s) =>
      'bot' in s ? s.bot.flatMap((entry) => ('message' in entry && entry.price !== undefined ? [entry] : [])) : [],
    );
    const templatePrices = new Set(priced.filter((e) => e.message.type === 'template').map((e) => e.price));
    expect(templatePrices).toEqual(new Set(['free', 'utility', 'marketing']));
    expect(priced.some((e) => e.message.type !== 'template' && e.price === 'free')).toBe(true);
  });
});

/** The ids a customer can tap in a flow, by how they arrive. */
function choiceIds(graph: Graph): { button: string[]; list: string[]; quickReply: string[] } {
  return {
    button: graph.nodes.flatMap((node) => (node.type === 'buttons' ? node.data.buttons.map((b) => b.id) : [])),
    list: graph.nodes.flatMap((node) => (node.type === 'list' ? listRows(node.data).map((row) => row.id) : [])),
    quickReply: graph.nodes.flatMap((node) => {
      if (node.type === 'template') return node.data.buttons.flatMap((b) => (b.type === 'quickReply' ? [b.id] : []));
      if (node.type === 'carousel') return carouselQuickReplies(node.data).map((b) => b.id);
      return [];
    }),
  };
}
