import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import type { GraphInput } from '../graph.ts';
import { nodeTypes } from '../nodes/index.ts';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.ts';
import type { ValidateOptions } from './context.ts';
import { createEdge, createGraph, createGraphWith, createNode } from './fixtures.ts';
import { validateGraph, validateGraphDetailed } from './validateGraph.ts';

interface Case {
  code: DiagnosticCode;
  name: string;
  input: () => unknown;
  options?: ValidateOptions;
  /** Fields the diagnostic must have (besides the code). */
  expected?: Partial<Diagnostic>;
}

const withGraph = (change: (graph: GraphInput) => void, base = createGraph()) => {
  change(base);
  return base;
};

const buttons = (...titles: string[]) => titles.map((title, i) => ({ id: `b${i}`, title }));

const textAfterDelay = (amount: number) =>
  createGraph({
    nodes: [
      createNode('text', 'hello'),
      createNode('delay', 'wait', { duration: { amount, unit: 'hours' } }),
      createNode('text', 'follow_up', { body: 'Still interested?' }),
    ],
    edges: [createEdge('hello', 'wait'), createEdge('wait', 'follow_up')],
  });

const registry = [
  { name: 'order_update', language: 'en_US', category: 'UTILITY', status: 'APPROVED' },
  { name: 'paused_one', language: 'en_US', category: 'UTILITY', status: 'PAUSED' },
  { name: 'promo', language: 'en_US', category: 'MARKETING', status: 'APPROVED' },
];

const CASES: Case[] = [
  {
    code: 'schema.invalid',
    name: 'a body that is not a text',
    input: () => createGraphWith('buttons', { body: 5 as unknown as string }),
    expected: { nodeId: 'step', path: 'body', message: '“body” should be a text, not a number.' },
  },
  {
    code: 'validator.internalError',
    name: 'a document whose fields throw when read',
    input: () => ({
      get schemaVersion(): number {
        throw new Error('boom');
      },
    }),
  },
  { code: 'graph.noTrigger', name: 'no trigger', input: () => createGraph({ triggers: [] }) },
  {
    code: 'node.duplicateId',
    name: 'two steps with one id',
    input: () => withGraph((g) => g.nodes.push(createNode('end', 'done'))),
    expected: { nodeId: 'done' },
  },
  {
    code: 'edge.duplicateId',
    name: 'two edges with one id',
    input: () =>
      withGraph((g) => {
        for (const edge of g.edges) edge.id = 'same';
      }, createGraphWith('buttons')),
    expected: { edgeId: 'same' },
  },
  {
    code: 'trigger.duplicateId',
    name: 'two triggers with one id',
    input: () => withGraph((g) => g.triggers.push({ id: 'start', type: 'api', nodeId: 'welcome' })),
    expected: { triggerId: 'start' },
  },
  {
    code: 'variable.duplicate',
    name: 'a variable declared twice',
    input: () => withGraph((g) => g.variables?.push({ name: 'budget' })),
    expected: { path: 'variables.3.name' },
  },
  {
    code: 'edge.sourceMissing',
    name: 'an edge from a missing step',
    input: () => withGraph((g) => g.edges.push({ id: 'ghostly', source: 'ghost', target: 'done' })),
    expected: { edgeId: 'ghostly', path: 'source' },
  },
  {
    code: 'edge.targetMissing',
    name: 'an edge to a missing step',
    input: () =>
      withGraph((g) => {
        g.edges[0]!.target = 'ghost';
      }),
    expected: { edgeId: 'welcome-next', nodeId: 'welcome', path: 'target' },
  },
  {
    code: 'edge.unknownHandle',
    name: 'an edge from an output the step lacks',
    input: () => withGraph((g) => g.edges.push(createEdge('welcome', 'done', 'maybe'))),
    expected: { edgeId: 'welcome-maybe', nodeId: 'welcome', path: 'sourceHandle' },
  },
  {
    code: 'edge.duplicateHandle',
    name: 'two edges from one output',
    input: () => withGraph((g) => g.edges.push({ id: 'again', source: 'welcome', target: 'done' })),
    expected: { edgeId: 'again', nodeId: 'welcome' },
  },
  {
    code: 'choice.unconnected',
    name: 'a button leading nowhere',
    input: () => withGraph((g) => g.edges.pop(), createGraphWith('buttons')),
    expected: { nodeId: 'step', path: 'buttons.1', message: 'Button “No” is not connected to a next step.' },
  },
  {
    code: 'choice.reservedId',
    name: 'a button id taking a reserved handle',
    input: () => createGraphWith('buttons', { buttons: [{ id: 'timeout', title: 'Later' }] }),
    expected: { nodeId: 'step', path: 'buttons.0.id' },
  },
  {
    code: 'choice.duplicateId',
    name: 'two rows with one id across sections',
    input: () =>
      createGraphWith('list', {
        sections: [
          { title: 'Morning', rows: [{ id: 'slot', title: '9:00' }] },
          { title: 'Afternoon', rows: [{ id: 'slot', title: '15:00' }] },
        ],
      }),
    expected: { nodeId: 'step', path: 'sections.1.rows.0.id' },
  },
  {
    code: 'choice.duplicateTitle',
    name: 'two buttons titled alike (case and accents ignored)',
    input: () => createGraphWith('buttons', { buttons: buttons('Café', ' cafe ') }),
    expected: { nodeId: 'step', path: 'buttons.1.title' },
  },
  {
    code: 'node.unreachable',
    name: 'a step no trigger leads to',
    input: () => withGraph((g) => g.nodes.push(createNode('text', 'orphan'))),
    expected: { nodeId: 'orphan', severity: 'warning' },
  },
  {
    code: 'trigger.unconnected',
    name: 'a trigger without a first step',
    input: () =>
      withGraph((g) => {
        g.triggers[0]!.nodeId = null;
      }),
    expected: { triggerId: 'start', path: 'nodeId' },
  },
  {
    code: 'trigger.targetMissing',
    name: 'a trigger starting at a missing step',
    input: () =>
      withGraph((g) => {
        g.triggers[0]!.nodeId = 'ghost';
      }),
    expected: { triggerId: 'start', path: 'nodeId' },
  },
  {
    code: 'flow.unknownTarget',
    name: 'going to a flow that does not exist',
    input: () => createGraphWith('goToFlow', { flowId: 'other-flw' }),
    options: { knownFlowIds: ['test-flow', 'other-flow'] },
    expected: { nodeId: 'step', path: 'flowId', hint: 'Did you mean “other-flow”?' },
  },
  {
    code: 'regex.invalid',
    name: 'a trigger pattern that does not compile',
    input: () =>
      withGraph((g) => {
        g.triggers[0] = {
          id: 'start',
          type: 'inboundMessage',
          match: { kind: 'regex', pattern: '(price' },
          nodeId: 'welcome',
        };
      }),
    expected: { triggerId: 'start', path: 'match.pattern' },
  },
  {
    code: 'url.invalid',
    name: 'a link without https://',
    input: () => createGraphWith('ctaUrl', { url: 'example.com/prices' }),
    expected: { nodeId: 'step', path: 'url' },
  },
  {
    code: 'field.required',
    name: 'an empty message',
    input: () => createGraphWith('text', { body: '  ' }),
    expected: { nodeId: 'step', path: 'body' },
  },
  {
    code: 'limit.tooLong',
    name: 'a 21-character button title',
    input: () => createGraphWith('buttons', { buttons: buttons('Yes', 'Schedule a demo today') }),
    expected: {
      nodeId: 'step',
      path: 'buttons.1.title',
      message: 'Button title “Schedule a demo today” is 21 characters; WhatsApp allows 20.',
    },
  },
  {
    code: 'limit.tooMany',
    name: 'a fourth reply button',
    input: () => createGraphWith('buttons', { buttons: buttons('A', 'B', 'C', 'D') }),
    expected: { nodeId: 'step', path: 'buttons', message: 'There are 4 reply buttons; WhatsApp allows at most 3.' },
  },
  {
    code: 'limit.tooFew',
    name: 'a carousel with one card',
    input: () => withGraph((g) => (g.nodes[0]!.data as { cards: unknown[] }).cards.pop(), createGraphWith('carousel')),
    expected: { nodeId: 'step', path: 'cards' },
  },
  {
    code: 'limit.tooLarge',
    name: 'too many retries',
    input: () => createGraphWith('waitForReply', { maxRetries: 9 }),
    expected: { nodeId: 'step', path: 'maxRetries' },
  },
  {
    code: 'media.noSource',
    name: 'an image without link or id',
    input: () => createGraphWith('media', { link: undefined }),
    expected: { nodeId: 'step', path: 'link' },
  },
  {
    code: 'media.twoSources',
    name: 'a header with both link and id',
    input: () =>
      createGraphWith('buttons', { header: { type: 'image', link: 'https://example.com/a.png', mediaId: '123' } }),
    expected: { nodeId: 'step', path: 'header.mediaId' },
  },
  {
    code: 'media.captionNotAllowed',
    name: 'a caption on audio',
    input: () => createGraphWith('media', { mediaType: 'audio', caption: 'Listen' }),
    expected: { nodeId: 'step', path: 'caption' },
  },
  {
    code: 'template.paramCount',
    name: 'two placeholders and one value',
    input: () => createGraphWith('template', { body: 'Order {{1}} arrives {{2}}.' }),
    expected: { nodeId: 'step', path: 'bodyParams' },
  },
  {
    code: 'template.paramFormat',
    name: 'a named placeholder in a positional template',
    input: () => createGraphWith('template', { body: 'Order {{order_id}} shipped.' }),
    expected: { nodeId: 'step', path: 'body' },
  },
  {
    code: 'template.copyCodeNotMarketing',
    name: 'a copy-code button in a utility template',
    input: () => createGraphWith('template', { buttons: [{ type: 'copyCode', text: 'Copy', code: 'SPRING' }] }),
    expected: { nodeId: 'step', path: 'buttons.0' },
  },
  {
    code: 'carousel.layoutMismatch',
    name: 'a card without the buttons of the first',
    input: () =>
      withGraph((g) => {
        (g.nodes[0]!.data as { cards: { buttons: unknown[] }[] }).cards[1]!.buttons = [];
      }, createGraphWith('carousel')),
    expected: { nodeId: 'step', path: 'cards.1' },
  },
  {
    code: 'whatsappFlow.unknownField',
    name: 'an answer mapping to a missing form field',
    input: () => createGraphWith('whatsappFlow', { answers: [{ field: 'mail', variable: 'email' }] }),
    expected: { nodeId: 'step', path: 'answers.0.field' },
  },
  {
    code: 'whatsappFlow.duplicateName',
    name: 'two form fields with one name',
    input: () =>
      createGraphWith('whatsappFlow', {
        screens: [
          { id: 'ONE', title: 'One', fields: [{ type: 'textInput', name: 'email', label: 'Email' }] },
          { id: 'TWO', title: 'Two', fields: [{ type: 'textArea', name: 'email', label: 'Email again' }] },
        ],
      }),
    expected: { nodeId: 'step', path: 'screens.1.fields.0.name' },
  },
  {
    code: 'whatsappFlow.ctaEmoji',
    name: 'an emoji in the Flow button',
    input: () => createGraphWith('whatsappFlow', { cta: 'Sign up 🎉' }),
    expected: { nodeId: 'step', path: 'cta' },
  },
  {
    code: 'waitForReply.invalidBounds',
    name: 'a minimum above the maximum',
    input: () => createGraphWith('waitForReply', { validation: { kind: 'number', min: 10, max: 1 } }),
    expected: { nodeId: 'step', path: 'validation.min' },
  },
  {
    code: 'variable.unknown',
    name: 'a placeholder naming no variable',
    input: () => createGraphWith('text', { body: 'Your budget: {{budgett}}' }),
    expected: { nodeId: 'step', path: 'body', hint: 'Did you mean “budget”?' },
  },
  {
    code: 'variable.unknownContactField',
    name: 'a contact field the workspace lacks',
    input: () => createGraphWith('text', { body: 'Hi from {{contact.company}}' }),
    options: { contactFields: ['plan'] },
    expected: { nodeId: 'step', path: 'body' },
  },
  {
    code: 'variable.uncheckedContactField',
    name: 'a custom contact field without a field list',
    input: () => createGraphWith('text', { body: 'Hi from {{contact.company}}' }),
    expected: { nodeId: 'step', path: 'body', severity: 'warning' },
  },
  {
    code: 'policy.windowMayBeClosed',
    name: 'a text after a 25-hour delay',
    input: () => textAfterDelay(25),
    expected: { nodeId: 'follow_up', hint: 'Connect “Window closed” to an approved template.' },
  },
  {
    code: 'policy.authenticationTemplate',
    name: 'an authentication template',
    input: () => createGraphWith('template', { category: 'authentication' }),
    expected: { nodeId: 'step', path: 'category' },
  },
  {
    code: 'policy.carouselNotMarketing',
    name: 'a utility carousel',
    input: () => createGraphWith('carousel', { category: 'utility' }),
    expected: { nodeId: 'step', path: 'category' },
  },
  {
    code: 'policy.sendLoop',
    name: 'a reminder that repeats every hour without an answer',
    input: () =>
      createGraph({
        nodes: [createNode('template', 'remind'), createNode('delay', 'wait')],
        edges: [createEdge('remind', 'wait'), createEdge('wait', 'remind')],
      }),
    expected: { nodeId: 'remind' },
  },
  {
    code: 'template.unknown',
    name: 'a template missing from the account',
    input: () => createGraphWith('template', { name: 'nope' }),
    options: { templates: registry },
    expected: { nodeId: 'step', path: 'name' },
  },
  {
    code: 'template.notApproved',
    name: 'a paused template',
    input: () => createGraphWith('template', { name: 'paused_one' }),
    options: { templates: registry },
    expected: { nodeId: 'step', path: 'name' },
  },
  {
    code: 'template.categoryMismatch',
    name: 'a template whose category differs in the account',
    input: () => createGraphWith('template', { name: 'promo' }),
    options: { templates: registry },
    expected: { nodeId: 'step', path: 'category', severity: 'warning' },
  },
];

describe('validateGraph: every diagnostic code', () => {
  it.each(CASES)('$code: $name', ({ code, input, options, expected }) => {
    const diagnostics = validateGraph(input(), options);
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ code, severity: DIAGNOSTIC_CODES[code].severity, ...expected }),
    );
  });

  it('has a case for every code in the catalogue', () => {
    const tested = new Set(CASES.map((c) => c.code));
    expect(Object.keys(DIAGNOSTIC_CODES).filter((code) => !tested.has(code as DiagnosticCode))).toEqual([]);
  });
});

describe('validateGraph: valid flows', () => {
  it('finds nothing wrong in the base fixture', () => {
    expect(validateGraph(createGraph())).toEqual([]);
  });

  it.each(nodeTypes)('finds nothing wrong in a flow with one valid %s step', (type) => {
    expect(validateGraph(createGraphWith(type), { knownFlowIds: ['other-flow'] })).toEqual([]);
  });

  it('accepts the workspace’s contact fields and approved templates', () => {
    const graph = createGraphWith('template', { bodyParams: [{ value: '{{contact.plan}}' }] });
    expect(validateGraph(graph, { contactFields: ['plan'], templates: registry })).toEqual([]);
  });
});

describe('validateGraphDetailed', () => {
  it('returns the parsed graph, with defaults filled, beside the diagnostics', () => {
    const { graph, diagnostics } = validateGraphDetailed(createGraph());
    expect(diagnostics).toEqual([]);
    expect(graph?.nodes.map((node) => node.id)).toEqual(['welcome', 'done']);
    expect(graph?.variables[0]).toEqual({ name: 'budget', type: 'text' });
  });

  it('returns the graph when only the checks find errors, and null when the schema does', () => {
    const unwired = validateGraphDetailed(withGraph((g) => (g.triggers = [])));
    expect(unwired.graph).not.toBeNull();
    expect(unwired.diagnostics.map((d) => d.code)).toContain('graph.noTrigger');
    const broken = validateGraphDetailed({ schemaVersion: 1, id: 'x', name: 'x', triggers: 'none' });
    expect(broken.graph).toBeNull();
    expect(broken.diagnostics.map((d) => d.code)).toContain('schema.invalid');
  });

  it('keeps where the editor drew a trigger, and finds nothing wrong with it', () => {
    const input = withGraph((g) => {
      const trigger = g.triggers[0];
      if (trigger) trigger.position = { x: 40, y: -120 };
    });
    const { graph, diagnostics } = validateGraphDetailed(input);
    expect(diagnostics).toEqual([]);
    expect(graph?.triggers[0]?.position).toEqual({ x: 40, y: -120 });
  });

  it('reports exactly what validateGraph reports', () => {
    const input = withGraph((g) => g.edges.push(createEdge('ghost', 'welcome')));
    expect(validateGraphDetailed(input).diagnostics).toEqual(validateGraph(input));
  });
});
