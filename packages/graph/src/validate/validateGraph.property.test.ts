import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import { nodeTypes } from '../nodes/index.ts';
import { DIAGNOSTIC_CODES } from './codes.ts';
import { createGraphWith, SAMPLE_DATA } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

/** What must hold for any input: an array of catalogued diagnostics, and no check crashed on the way. */
function expectWellFormed(diagnostics: Diagnostic[]): void {
  expect(Array.isArray(diagnostics)).toBe(true);
  for (const diagnostic of diagnostics) {
    const info = DIAGNOSTIC_CODES[diagnostic.code as keyof typeof DIAGNOSTIC_CODES];
    expect(info, diagnostic.code).toBeDefined();
    expect(diagnostic.severity).toBe(info.severity);
    expect(typeof diagnostic.message).toBe('string');
  }
  expect(diagnostics.filter((d) => d.code === 'validator.internalError')).toEqual([]);
}

const ids = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'ghost');
const handles = fc.constantFrom(
  'next',
  'yes',
  'no',
  'timeout',
  'invalid',
  'windowClosed',
  'else',
  'submitted',
  'error',
  'big',
);
const texts = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '',
    ' ',
    'Hi {{name}}',
    '{{contact.company}}',
    '{{1}} {{2}}',
    '{{order_id}}',
    '(',
    'https://x.io/{{1}}',
    '🎉',
  ),
  fc.string({ minLength: 15, maxLength: 80 }),
);
const duration = fc.record({
  amount: fc.oneof(fc.constantFrom(0, 0.001, 1, 23, 25, 48), fc.double({ min: 0, max: 1e9, noNaN: true })),
  unit: fc.constantFrom('seconds', 'minutes', 'hours', 'days'),
});

/** Sample data of a type with some of its fields swapped for random values (valid-looking or garbage). */
const nodeData = (type: (typeof nodeTypes)[number]) => {
  const sample = SAMPLE_DATA[type] as Record<string, unknown>;
  const keys = [...Object.keys(sample), 'timeout', 'header', 'buttons', 'footer', 'caption'];
  const value = fc.oneof(
    texts,
    duration,
    fc.array(fc.record({ id: ids, title: texts, type: fc.constantFrom('quickReply', 'url', 'copyCode') }), {
      maxLength: 12,
    }),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const timing = type === 'delay' ? fc.record({ duration }) : fc.record({ timeout: duration });
  return fc
    .oneof(
      { weight: 3, arbitrary: timing },
      { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 }) },
    )
    .map((changes) => ({ ...structuredClone(sample), ...changes }));
};

const node = fc
  .record({ id: ids, type: fc.constantFrom(...nodeTypes) })
  .chain(({ id, type }) => nodeData(type).map((data) => ({ id, type, data })));

const trigger = fc.oneof(
  fc.record({
    id: ids,
    type: fc.constant('inboundMessage'),
    match: fc.constant({ kind: 'any' }),
    nodeId: fc.option(ids),
  }),
  fc.record({
    id: ids,
    type: fc.constant('inboundMessage'),
    match: fc.record({ kind: fc.constant('regex'), pattern: texts }),
    nodeId: ids,
  }),
  fc.record({ id: ids, type: fc.constantFrom('api', 'broadcastReply'), nodeId: fc.option(ids) }),
  fc.record({ id: ids, type: fc.constant('stageChanged'), pipeline: texts, stage: texts, nodeId: ids }),
);

/** Random structures: steps of every type, wired at random (loops, dangling edges, repeated ids included). */
const graph = fc.record({
  schemaVersion: fc.constant(1),
  id: fc.constant('random'),
  name: fc.constant('Random'),
  triggers: fc.array(trigger, { maxLength: 3 }),
  variables: fc.array(fc.record({ name: fc.constantFrom('name', 'budget', 'email', 'order_id') }), { maxLength: 4 }),
  nodes: fc
    .uniqueArray(node, { maxLength: 8, selector: (n) => n.id })
    .chain((nodes) => fc.oneof(fc.constant(nodes), fc.constant([...nodes, ...nodes.slice(0, 1)]))),
  edges: fc.array(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }).map((id) => `e${id.charCodeAt(0)}`),
      source: ids,
      sourceHandle: handles,
      target: ids,
    }),
    { maxLength: 24 },
  ),
});

/** Replaces the value at a random path of a document with a random JSON value. */
function mutate(doc: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || typeof doc !== 'object' || doc === null) return replacement;
  const [choice, ...rest] = choices;
  const keys = Object.keys(doc);
  if (keys.length === 0) return replacement;
  const key = keys[choice! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(doc) ? ([...doc] as never) : { ...doc };
  copy[key] = mutate((doc as Record<string, unknown>)[key], rest, replacement);
  return copy;
}

describe('validateGraph never throws', () => {
  it('on random garbage', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (input) => {
        expectWellFormed(validateGraph(input));
      }),
    );
  });

  it('on random graph structures', () => {
    fc.assert(
      fc.property(graph, fc.boolean(), (input, withOptions) => {
        const options = withOptions
          ? {
              knownFlowIds: ['a'],
              contactFields: ['plan'],
              templates: [{ name: 'x', language: 'en', category: 'marketing', status: 'paused' }],
            }
          : {};
        expectWellFormed(validateGraph(input, options));
      }),
      { numRuns: 300 },
    );
  });

  it('on valid flows with one value changed anywhere', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nodeTypes),
        fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
        fc.jsonValue({ maxDepth: 2 }),
        (type, path, replacement) => {
          expectWellFormed(validateGraph(mutate(createGraphWith(type), path, replacement)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
