// `npm run bench whatsapp`: the wire format's cost per webhook and per rendered message, beside a baseline of
// JSON.parse + JSON.stringify of the same body (what any webhook handler pays anyway).

import {
  buildMessageWebhook,
  buildStatusWebhook,
  parseWebhook,
  renderNodeMessage,
  type SendingNode,
  toSendRequest,
} from '../src/index.ts';
import { createNode } from '../src/testing/createNode.ts';

function measure(name: string, run: () => unknown, iterations = 20_000): number {
  for (let i = 0; i < 1000; i++) run();
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  const perOp = (performance.now() - start) / iterations;
  console.log(
    `${name.padEnd(48)} ${(perOp * 1000).toFixed(2).padStart(8)} µs/op  ${Math.round(1000 / perOp)
      .toLocaleString('en')
      .padStart(10)} ops/s`,
  );
  return perOp;
}

const at = Date.UTC(2026, 2, 2, 9);
const textPost = JSON.stringify(
  buildMessageWebhook({
    phoneNumberId: 'PN1',
    from: '34600111222',
    name: 'Ana',
    id: 'wamid.1',
    timestamp: at,
    content: { type: 'text', text: 'Hi, I would like a quote' },
  }),
);
const flowPost = JSON.stringify(
  buildMessageWebhook({
    phoneNumberId: 'PN1',
    from: '34600111222',
    id: 'wamid.2',
    timestamp: at,
    contextId: 'wamid.F',
    content: { type: 'flowReply', flowToken: 'session:node', answers: { name: 'Ana', topics: ['a', 'b'], guests: 2 } },
  }),
);
const statusBody = buildStatusWebhook({
  phoneNumberId: 'PN1',
  id: 'wamid.O',
  status: 'delivered',
  timestamp: at,
  recipientId: '1',
  callbackData: 'outbox:1',
  pricing: { pricingModel: 'PMP', type: 'regular', category: 'utility' },
});
const batch = {
  ...statusBody,
  entry: [{ ...statusBody.entry[0], changes: Array.from({ length: 50 }, () => statusBody.entry[0]?.changes[0]) }],
};
const batchPost = JSON.stringify(batch);

console.log('webhooks');
const baseline = measure('baseline: JSON.parse + stringify (text message)', () => JSON.stringify(JSON.parse(textPost)));
const text = measure('JSON.parse + parseWebhook (text message)', () => parseWebhook(JSON.parse(textPost)));
measure('JSON.parse + parseWebhook (Flow completion)', () => parseWebhook(JSON.parse(flowPost)));
measure('JSON.parse + parseWebhook (50 statuses in one post)', () => parseWebhook(JSON.parse(batchPost)), 2_000);
console.log(`parseWebhook of a text message costs ${(text / baseline).toFixed(1)}× the baseline`);

console.log('rendering');
const nodes: SendingNode[] = [
  createNode('text', { body: 'Hi {{contact.first_name}}, thanks for writing!' }),
  createNode('buttons', {
    body: 'How big is your team, {{contact.first_name}}?',
    buttons: [
      { id: 'small', title: '1-10' },
      { id: 'mid', title: '11-100' },
      { id: 'big', title: '100+' },
    ],
  }),
  createNode('template', {
    name: 'reengage',
    language: 'en_US',
    category: 'marketing',
    header: { format: 'image', link: 'https://cdn.test/x.jpg' },
    body: 'Hi {{1}}, still interested in {{2}}?',
    bodyParams: [{ value: '{{contact.first_name}}' }, { value: '{{product}}' }],
    buttons: [
      { type: 'quickReply', id: 'yes', text: 'Yes' },
      { type: 'quickReply', id: 'no', text: 'No' },
    ],
  }),
];
const values = { 'contact.first_name': 'Ana', product: 'boots' };
for (const node of nodes) {
  measure(`renderNodeMessage + toSendRequest (${node.type})`, () =>
    toSendRequest(renderNodeMessage(node, values, { sessionId: 's' }), { to: '34600111222', callbackData: 'outbox:1' }),
  );
}
