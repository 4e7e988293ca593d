import type { GraphInput } from '@salesbot/graph';
import { upsertTemplate } from '../store/templates.ts';
import type { TestApp } from './createTestApp.ts';
import type { GraphApiStandIn } from './graphApiStandIn.ts';

export const CLOUD_PHONE_NUMBER_ID = '20000000100';
export const CLOUD_ACCESS_TOKEN = 'EAAG-test-token';

/** Connects a Cloud API channel pointing at the stand-in Graph API. Returns its id. */
export async function addCloudChannel(
  t: TestApp,
  standIn: GraphApiStandIn,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await t.api('POST', '/api/channels', {
    phoneNumberId: CLOUD_PHONE_NUMBER_ID,
    displayPhoneNumber: '+1 555 020 0100',
    wabaId: '300000000000001',
    accessToken: CLOUD_ACCESS_TOKEN,
    apiUrl: standIn.url,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`channel not created: ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/**
 * A small flow for runtime tests: "ping" → reply buttons (Yes → a text; window closed → the `ping_fallback`
 * utility template, registered as approved) ; "wait" → a 1-hour delay, then a text.
 */
export const pingFlow: GraphInput = {
  schemaVersion: 1,
  id: 'ping',
  name: 'Ping',
  triggers: [
    { id: 'ping', type: 'inboundMessage', nodeId: 'ask', match: { kind: 'keyword', keywords: ['ping'] } },
    { id: 'wait', type: 'inboundMessage', nodeId: 'pause', match: { kind: 'keyword', keywords: ['wait'] } },
  ],
  variables: [],
  nodes: [
    { id: 'ask', type: 'buttons', data: { body: 'Pong? Tap yes.', buttons: [{ id: 'yes', title: 'Yes' }] } },
    { id: 'yes_text', type: 'text', data: { body: 'Glad to hear it.' } },
    {
      id: 'fallback',
      type: 'template',
      data: { name: 'ping_fallback', language: 'en_US', category: 'utility', body: 'We are still here.' },
    },
    { id: 'pause', type: 'delay', data: { duration: { amount: 1, unit: 'hours' } } },
    { id: 'after', type: 'text', data: { body: 'An hour later.' } },
  ],
  edges: [
    { id: 'e1', source: 'ask', sourceHandle: 'yes', target: 'yes_text' },
    { id: 'e2', source: 'ask', sourceHandle: 'windowClosed', target: 'fallback' },
    { id: 'e3', source: 'pause', sourceHandle: 'next', target: 'after' },
  ],
};

/** Registers the ping flow's template as approved, creates the flow and publishes it. */
export async function publishPingFlow(t: TestApp): Promise<void> {
  upsertTemplate(
    t.db,
    t.workspaceId,
    {
      name: 'ping_fallback',
      language: 'en_US',
      category: 'UTILITY',
      kind: 'custom',
      components: [],
      status: 'APPROVED',
    },
    t.clock.now(),
  );
  t.services.templates.invalidate(t.workspaceId);
  const created = await t.api('POST', '/api/flows', { graph: pingFlow });
  if (created.status !== 201) throw new Error(`flow not created: ${JSON.stringify(created.body)}`);
  const published = await t.api('POST', '/api/flows/ping/publish');
  if (published.status !== 200) throw new Error(`flow not published: ${JSON.stringify(published.body)}`);
}
