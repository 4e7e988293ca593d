import { enter, go, type NodeCompiler } from './shared.ts';

/** A `callWebhook` effect, then waits for its result: ok → mappings, `next`; otherwise `error`. */
export const compileWebhook: NodeCompiler<'webhook'> = (node, flow) => ({
  meta: { nodeId: node.id, type: node.type },
  entry: [...enter(node.id), { type: 'callWebhook', params: { nodeId: node.id } }],
  on: {
    webhookResult: [
      go(flow, node.id, 'next', 'completed', [{ type: 'storeWebhookResponse', params: { nodeId: node.id } }], {
        type: 'webhookResult',
        params: { ok: true },
      }),
      go(flow, node.id, 'error', 'error', [], { type: 'webhookResult', params: { ok: false } }),
    ],
  },
});
