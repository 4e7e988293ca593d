import type { GraphInput } from '../graph.ts';
import type { NodeType } from '../nodes/index.ts';

type NodeInput = GraphInput['nodes'][number];
type EdgeInput = GraphInput['edges'][number];
type DataOf<T extends NodeType> = Extract<NodeInput, { type: T }>['data'];

/** Valid data for every step type: the smallest a marketer could publish. Tests change one field at a time. */
export const SAMPLE_DATA: { [T in NodeType]: DataOf<T> } = {
  text: { body: 'Hello {{contact.first_name}}!' },
  media: { mediaType: 'image', link: 'https://example.com/a.jpg', caption: 'Our menu' },
  buttons: {
    body: 'Are you interested?',
    buttons: [
      { id: 'yes', title: 'Yes' },
      { id: 'no', title: 'No' },
    ],
  },
  list: {
    body: 'Pick a slot',
    buttonLabel: 'Slots',
    sections: [{ rows: [{ id: 'mon', title: 'Monday' }] }],
  },
  ctaUrl: { body: 'See our prices', displayText: 'Prices', url: 'https://example.com/prices' },
  template: {
    name: 'order_update',
    language: 'en_US',
    category: 'utility',
    body: 'Your order {{1}} shipped.',
    bodyParams: [{ value: '{{order_id}}' }],
  },
  carousel: {
    name: 'spring_offers',
    language: 'en_US',
    category: 'marketing',
    body: 'Our spring offers',
    cards: [
      {
        header: { format: 'image', link: 'https://example.com/1.jpg' },
        buttons: [{ type: 'url', text: 'Buy', url: 'https://example.com/1' }],
      },
      {
        header: { format: 'image', link: 'https://example.com/2.jpg' },
        buttons: [{ type: 'url', text: 'Buy', url: 'https://example.com/2' }],
      },
    ],
  },
  whatsappFlow: {
    flowName: 'signup',
    body: 'Sign up for the event',
    cta: 'Sign up',
    screens: [{ id: 'DETAILS', title: 'Your details', fields: [{ type: 'textInput', name: 'email', label: 'Email' }] }],
    answers: [{ field: 'email', variable: 'email' }],
  },
  waitForReply: { variable: 'email', validation: { kind: 'email' } },
  condition: {
    branches: [
      {
        id: 'big',
        label: 'Big budget',
        rules: [{ subject: { kind: 'variable', name: 'budget' }, operator: 'greaterThan', value: '1000' }],
      },
    ],
  },
  delay: { duration: { amount: 1, unit: 'hours' } },
  setField: { scope: 'variable', name: 'budget', value: '0' },
  addTag: { tag: 'lead' },
  removeTag: { tag: 'cold' },
  changeStage: { pipeline: 'sales', stage: 'qualified' },
  handoff: { team: 'sales' },
  webhook: {
    url: 'https://api.example.com/orders/{{order_id}}',
    responseMappings: [{ path: 'status', variable: 'budget' }],
  },
  goToFlow: { flowId: 'other-flow' },
  end: {},
};

/** A node of a type with the sample data, `data` merged over it. */
export function createNode<T extends NodeType>(type: T, id: string, data: Partial<DataOf<T>> = {}): NodeInput {
  return { id, type, data: { ...structuredClone(SAMPLE_DATA[type]), ...data } } as NodeInput;
}

/** An edge `source --handle--> target`, id `source-handle`. */
export function createEdge(source: string, target: string, sourceHandle = 'next'): EdgeInput {
  return { id: `${source}-${sourceHandle}`, source, sourceHandle, target };
}

/**
 * A valid flow: a message trigger starts `nodes[0]`; the flow declares the variables the samples use.
 * Without nodes it is a text step followed by an end.
 */
export function createGraph(parts: Partial<GraphInput> = {}): GraphInput {
  const nodes = parts.nodes ?? [createNode('text', 'welcome'), createNode('end', 'done')];
  return {
    schemaVersion: 1,
    id: 'test-flow',
    name: 'Test flow',
    triggers: [{ id: 'start', type: 'inboundMessage', match: { kind: 'any' }, nodeId: nodes[0]?.id ?? null }],
    variables: [{ name: 'budget' }, { name: 'email' }, { name: 'order_id' }],
    edges: parts.nodes ? [] : [createEdge('welcome', 'done')],
    ...parts,
    nodes,
  };
}

const TERMINAL = new Set<NodeType>(['handoff', 'goToFlow', 'end']);

/** A flow starting at one node `step` of a type, its choices (or `next`) wired to an end step `done`. */
export function createGraphWith(type: NodeType, data: Partial<DataOf<NodeType>> = {}, extra: Partial<GraphInput> = {}) {
  const node = createNode(type, 'step', data as Partial<DataOf<typeof type>>);
  if (TERMINAL.has(type)) return createGraph({ nodes: [node], ...extra });
  const choices = wireChoices(node);
  const edges =
    choices.length > 0 ? choices : [createEdge(node.id, 'done', type === 'whatsappFlow' ? 'submitted' : 'next')];
  return createGraph({ nodes: [node, createNode('end', 'done')], edges, ...extra });
}

function wireChoices(node: NodeInput): EdgeInput[] {
  const data = node.data as Record<string, unknown>;
  const ids: string[] = [];
  if (node.type === 'buttons') ids.push(...(data.buttons as { id: string }[]).map((b) => b.id));
  if (node.type === 'list') {
    for (const section of data.sections as { rows: { id: string }[] }[]) ids.push(...section.rows.map((r) => r.id));
  }
  if (node.type === 'condition') ids.push(...(data.branches as { id: string }[]).map((b) => b.id));
  if (node.type === 'template' || node.type === 'carousel') {
    const buttons =
      node.type === 'template'
        ? ((data.buttons ?? []) as { type: string; id?: string }[])
        : (data.cards as { buttons?: { type: string; id?: string }[] }[]).flatMap((card) => card.buttons ?? []);
    ids.push(...buttons.filter((b) => b.type === 'quickReply').map((b) => b.id!));
  }
  return ids.map((id) => createEdge(node.id, 'done', id));
}
