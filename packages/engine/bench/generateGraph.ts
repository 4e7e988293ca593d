import type { GraphInput } from '@salesbot/graph';

/**
 * A valid flow of `segments × 10` steps (2,000 for 200): each segment asks with reply buttons, branches through
 * CRM steps and a condition, waits for a typed answer, offers a list, and leads to the next segment.
 */
export function generateGraph(segments = 200): GraphInput {
  const nodes: GraphInput['nodes'] = [];
  const edges: GraphInput['edges'] = [];
  const edge = (source: string, sourceHandle: string, target: string) =>
    edges.push({ id: `${source}-${sourceHandle}`, source, sourceHandle, target });
  for (let i = 0; i < segments; i++) {
    const s = (name: string) => `s${i}_${name}`;
    const next = i + 1 < segments ? `s${i + 1}_ask` : 'done';
    nodes.push(
      {
        id: s('ask'),
        type: 'buttons',
        data: {
          body: `Question ${i} for {{contact.first_name}}`,
          buttons: ['a', 'b', 'c'].map((id) => ({ id, title: `Option ${id.toUpperCase()}` })),
        },
      },
      { id: s('a'), type: 'setField', data: { scope: 'variable', name: 'choice', value: `a${i}` } },
      { id: s('b'), type: 'addTag', data: { tag: `tag${i}` } },
      { id: s('c'), type: 'text', data: { body: 'You chose C, {{contact.name}}' } },
      {
        id: s('check'),
        type: 'condition',
        data: {
          branches: [
            {
              id: 'picked_a',
              label: 'A',
              rules: [{ subject: { kind: 'variable', name: 'choice' }, operator: 'equals', value: `a${i}` }],
            },
          ],
        },
      },
      { id: s('yes'), type: 'text', data: { body: 'Noted: {{choice}}' } },
      { id: s('no'), type: 'changeStage', data: { pipeline: 'sales', stage: `step${i}` } },
      { id: s('wait'), type: 'waitForReply', data: { variable: 'answer', validation: { kind: 'text', minLength: 1 } } },
      {
        id: s('list'),
        type: 'list',
        data: {
          body: 'Got "{{answer}}". Go on?',
          buttonLabel: 'Choose',
          sections: [
            {
              rows: [
                { id: 'on', title: 'Go on' },
                { id: 'tag', title: 'Tag me first' },
              ],
            },
          ],
        },
      },
      { id: s('untag'), type: 'removeTag', data: { tag: `tag${i}` } },
    );
    edge(s('ask'), 'a', s('a'));
    edge(s('ask'), 'b', s('b'));
    edge(s('ask'), 'c', s('c'));
    edge(s('a'), 'next', s('check'));
    edge(s('b'), 'next', s('check'));
    edge(s('c'), 'next', s('check'));
    edge(s('check'), 'picked_a', s('yes'));
    edge(s('check'), 'else', s('no'));
    edge(s('yes'), 'next', s('wait'));
    edge(s('no'), 'next', s('wait'));
    edge(s('wait'), 'next', s('list'));
    edge(s('list'), 'on', next);
    edge(s('list'), 'tag', s('untag'));
    edge(s('untag'), 'next', next);
  }
  nodes.push({ id: 'done', type: 'end', data: {} });
  return {
    schemaVersion: 1,
    id: 'bench',
    name: 'Generated bench flow',
    triggers: [{ id: 'any', type: 'inboundMessage', nodeId: 's0_ask', match: { kind: 'any' } }],
    variables: [{ name: 'choice' }, { name: 'answer' }],
    nodes,
    edges,
  };
}
