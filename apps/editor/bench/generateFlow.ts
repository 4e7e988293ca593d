import type { Graph, GraphEdge, GraphNode } from '@salesbot/graph';

/**
 * A flow of `count` steps for the bench: a mix of messages, reply buttons, lists, questions, conditions and CRM
 * steps, chained left to right in columns of ten, each step's outputs wired forward so the flow is connected.
 */
export function generateFlow(id: string, count: number): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const position = (i: number) => ({ x: Math.floor(i / 10) * 380, y: (i % 10) * 300 });
  for (let i = 0; i < count; i++) {
    const nodeId = `n${i}`;
    switch (i % 7) {
      case 0:
        nodes.push({
          id: nodeId,
          type: 'text',
          position: position(i),
          data: { body: `Hi {{contact.first_name}}, step *${i}* here.` },
        });
        break;
      case 1:
        nodes.push({
          id: nodeId,
          type: 'buttons',
          position: position(i),
          data: {
            body: `Question ${i}: want to continue?`,
            footer: 'Salesbot bench',
            buttons: [
              { id: 'yes', title: 'Yes' },
              { id: 'no', title: 'No' },
            ],
            maxRetries: 2,
          },
        });
        break;
      case 2:
        nodes.push({
          id: nodeId,
          type: 'list',
          position: position(i),
          data: {
            body: `Pick a plan (${i})`,
            buttonLabel: 'Plans',
            sections: [
              {
                rows: [
                  { id: 'basic', title: 'Basic' },
                  { id: 'pro', title: 'Pro', description: 'Most popular' },
                ],
              },
            ],
            maxRetries: 2,
          },
        });
        break;
      case 3:
        nodes.push({
          id: nodeId,
          type: 'waitForReply',
          position: position(i),
          data: { variable: 'answer', validation: { kind: 'text', maxLength: 200 }, maxRetries: 2 },
        });
        break;
      case 4:
        nodes.push({
          id: nodeId,
          type: 'condition',
          position: position(i),
          data: {
            branches: [
              {
                id: 'long',
                label: 'Long answer',
                match: 'all',
                rules: [{ subject: { kind: 'variable', name: 'answer' }, operator: 'isSet' }],
              },
            ],
          },
        });
        break;
      case 5:
        nodes.push({ id: nodeId, type: 'addTag', position: position(i), data: { tag: `seen-${i}` } });
        break;
      default:
        nodes.push({
          id: nodeId,
          type: 'setField',
          position: position(i),
          data: { scope: 'variable', name: 'answer', value: `{{answer}} ${i}` },
        });
    }
  }
  const handlesOf = (node: GraphNode): string[] => {
    switch (node.type) {
      case 'buttons':
        return ['yes', 'no'];
      case 'list':
        return ['basic', 'pro'];
      case 'condition':
        return ['long', 'else'];
      case 'waitForReply':
        return ['next'];
      default:
        return ['next'];
    }
  };
  nodes.forEach((node, i) => {
    handlesOf(node).forEach((handle, h) => {
      const target = nodes[i + 1 + h];
      if (target) edges.push({ id: `e${i}_${h}`, source: node.id, sourceHandle: handle, target: target.id });
    });
  });
  return {
    schemaVersion: 1,
    id,
    name: `Bench flow (${count} steps)`,
    triggers: [{ id: 'start', type: 'inboundMessage', match: { kind: 'any' }, newContactsOnly: false, nodeId: 'n0' }],
    variables: [{ name: 'answer', type: 'text' }],
    nodes,
    edges,
  };
}
