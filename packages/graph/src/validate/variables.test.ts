import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../diagnostics.ts';
import { createGraphWith } from './fixtures.ts';
import { validateGraph } from './validateGraph.ts';

const CASES: [string, ReturnType<typeof createGraphWith>, Partial<Diagnostic>][] = [
  [
    'an answer stored in an undeclared variable',
    createGraphWith('waitForReply', { variable: 'phone' }),
    {
      code: 'variable.unknown',
      path: 'variable',
      message: 'The answer is stored in “phone”, which is not a declared variable.',
    },
  ],
  [
    'a set to an undeclared variable',
    createGraphWith('setField', { name: 'score' }),
    { code: 'variable.unknown', path: 'name' },
  ],
  [
    'a webhook response into an undeclared variable',
    createGraphWith('webhook', { responseMappings: [{ path: 'a', variable: 'status' }] }),
    { code: 'variable.unknown', path: 'responseMappings.0.variable' },
  ],
  [
    'a form answer into an undeclared variable',
    createGraphWith('whatsappFlow', { answers: [{ field: 'email', variable: 'mail' }] }),
    { code: 'variable.unknown', path: 'answers.0.variable', hint: 'Did you mean “email”?' },
  ],
  [
    'a condition on an undeclared variable',
    createGraphWith('condition', {
      branches: [{ id: 'b', label: 'B', rules: [{ subject: { kind: 'variable', name: 'score' }, operator: 'isSet' }] }],
    }),
    { code: 'variable.unknown', path: 'branches.0.rules.0.subject.name' },
  ],
  [
    'a dotted name that is not a contact field',
    createGraphWith('text', { body: 'Order {{order.id}}' }),
    { code: 'variable.unknown', path: 'body' },
  ],
  [
    'a placeholder in a list row description',
    createGraphWith('list', { sections: [{ rows: [{ id: 'r', title: 'R', description: '{{price}}' }] }] }),
    { code: 'variable.unknown', path: 'sections.0.rows.0.description' },
  ],
  [
    'a placeholder in a template value',
    createGraphWith('template', { bodyParams: [{ value: '{{total}}' }] }),
    { code: 'variable.unknown', path: 'bodyParams.0.value' },
  ],
  [
    'a placeholder in a webhook header',
    createGraphWith('webhook', { headers: [{ name: 'Authorization', value: 'Bearer {{token}}' }] }),
    { code: 'variable.unknown', path: 'headers.0.value' },
  ],
  [
    'a condition on an unknown contact field',
    createGraphWith('condition', {
      branches: [
        { id: 'b', label: 'B', rules: [{ subject: { kind: 'contactField', name: 'tier' }, operator: 'isSet' }] },
      ],
    }),
    { code: 'variable.uncheckedContactField', path: 'branches.0.rules.0.subject.name' },
  ],
];

describe('variables', () => {
  it.each(CASES)('%s', (_, graph, expected) => {
    expect(validateGraph(graph)).toContainEqual(expect.objectContaining({ nodeId: 'step', ...expected }));
  });

  it('accepts built-in contact fields, spaces in braces, and template placeholders in approved text', () => {
    const graphs = [
      createGraphWith('text', { body: 'Hi {{ contact.first_name }}, {{contact.phone}} {{ budget }}' }),
      createGraphWith('template', {
        parameterFormat: 'named',
        body: 'Order {{order_ref}}',
        bodyParams: [{ name: 'order_ref', value: '{{order_id}}' }],
      }),
    ];
    for (const graph of graphs) expect(validateGraph(graph)).toEqual([]);
  });

  it('takes a contact field the flow sets as known when no field list is given, but not against a list', () => {
    const graph = createGraphWith('text', { body: 'Tier: {{contact.tier}}' });
    graph.nodes.push({ id: 'set', type: 'setField', data: { scope: 'contact', name: 'tier', value: 'gold' } });
    graph.edges[0]!.target = 'set';
    graph.edges.push({ id: 'set-next', source: 'set', target: 'done' });
    expect(validateGraph(graph)).toEqual([]);
    const codes = (options = {}) => validateGraph(graph, options).map((d) => d.code);
    expect(codes()).not.toContain('variable.uncheckedContactField');
    expect(codes({ contactFields: ['plan'] })).toContain('variable.unknownContactField');
  });
});
