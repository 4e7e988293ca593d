import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { carouselQuickReplies, type Graph, graphSchema, listRows, nodeTypes, validateGraph } from '@salesbot/graph';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// The example flows parse, validate cleanly, and their conversation scripts use only the format of
// docs/conversation-scripts.md. Running the scripts against the engine is the engine's test.

const dir = import.meta.dirname;
const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const graphFiles = readdirSync(dir).filter((file) => file.endsWith('.json') && !file.endsWith('.script.json'));
const scriptFiles = readdirSync(dir).filter((file) => file.endsWith('.script.json'));
const flowIds = graphFiles.map((file) => file.replace(/\.json$/, ''));
const graphs = new Map(graphFiles.map((file) => [file, graphSchema.parse(read(file))]));

/** The script format, strict: a key the doc does not define is an error. */
const media = z.strictObject({
  id: z.string(),
  mimeType: z.string().optional(),
  caption: z.string().optional(),
  filename: z.string().optional(),
});
const customerMessage = z.union([
  z.strictObject({ text: z.string() }),
  z.strictObject({ button: z.string() }),
  z.strictObject({ list: z.string() }),
  z.strictObject({ quickReply: z.string() }),
  z.strictObject({ flow: z.record(z.string(), z.unknown()) }),
  ...(['image', 'video', 'audio', 'document', 'sticker'] as const).map((kind) => z.strictObject({ [kind]: media })),
  z.strictObject({
    location: z.strictObject({
      latitude: z.number(),
      longitude: z.number(),
      name: z.string().optional(),
      address: z.string().optional(),
    }),
  }),
]);
const referral = z.strictObject({
  sourceType: z.enum(['ad', 'post']),
  sourceId: z.string().optional(),
  sourceUrl: z.string().optional(),
  headline: z.string().optional(),
});
const body = z.looseObject({
  type: z.enum(['text', 'image', 'video', 'audio', 'document', 'sticker', 'interactive', 'template']),
});
const pricedBody = z.strictObject({ message: body, price: z.enum(['free', 'utility', 'marketing']) });
const step = z.union([
  z.strictObject({
    customer: z.unknown().refine((value) => {
      if (typeof value !== 'object' || value === null) return false;
      const { referral: ref, ...message } = value as Record<string, unknown>;
      return customerMessage.safeParse(message).success && (ref === undefined || referral.safeParse(ref).success);
    }, 'one customer message of the doc, optionally with a referral'),
  }),
  z.strictObject({ advance: z.string().regex(/^(\d+[smhd])+$/) }),
  z.strictObject({
    webhook: z.union([
      z.strictObject({ status: z.number().int(), body: z.unknown().optional() }),
      z.strictObject({ status: z.literal(0).optional(), error: z.string() }),
    ]),
  }),
  z.strictObject({
    start: z.strictObject({ trigger: z.string(), variables: z.record(z.string(), z.string()).optional() }),
  }),
  z.strictObject({ stage: z.strictObject({ pipeline: z.string(), stage: z.string() }) }),
  z.strictObject({
    bot: z.array(z.union([body, pricedBody])),
  }),
  z.strictObject({
    expect: z.strictObject({
      status: z.enum(['waiting', 'ended']).optional(),
      endReason: z.string().optional(),
      node: z.string().optional(),
      variables: z.record(z.string(), z.string()).optional(),
      contact: z
        .strictObject({
          fields: z.record(z.string(), z.string()).optional(),
          tags: z.array(z.string()).optional(),
          stage: z.strictObject({ pipeline: z.string(), stage: z.string() }).optional(),
        })
        .optional(),
      handoff: z.strictObject({ team: z.string().optional(), agent: z.string().optional() }).optional(),
      webhook: z
        .strictObject({ method: z.string().optional(), url: z.string().optional(), body: z.string().optional() })
        .optional(),
    }),
  }),
]);
const scriptSchema = z.strictObject({
  flow: z.string(),
  conversations: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        start: z.iso.datetime(),
        contact: z
          .strictObject({
            waId: z.string().regex(/^\d+$/),
            name: z.string().optional(),
            fields: z.record(z.string(), z.string()).optional(),
            tags: z.array(z.string()).optional(),
            optIn: z.enum(['optedIn', 'optedOut', 'unknown']).optional(),
            marketingOptOut: z.boolean().optional(),
          })
          .optional(),
        channel: z.strictObject({ businessVerified: z.boolean() }).optional(),
        steps: z.array(step).min(1),
      }),
    )
    .min(2),
});
type Script = z.infer<typeof scriptSchema>;
type Step = Script['conversations'][number]['steps'][number];

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
  const parsed = scriptSchema.safeParse(read(file));
  // The other checks read what parsed; a script that does not parse fails the first test with zod's issues.
  const script: Script = parsed.success ? parsed.data : { flow: '', conversations: [] };
  const graph = graphs.get(script.flow);
  const steps = script.conversations.flatMap((conversation) => conversation.steps);

  it('follows the format of docs/conversation-scripts.md', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
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
  const allSteps: Step[] = scriptFiles.flatMap(
    (file) =>
      scriptSchema.safeParse(read(file)).data?.conversations.flatMap((conversation) => conversation.steps) ?? [],
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
      'bot' in s ? s.bot.flatMap((entry) => pricedBody.safeParse(entry).data ?? []) : [],
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
