import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTACT } from './createPreviewStore.ts';
import type { PreviewView, SendEffect } from './previewTypes.ts';
import { formatScriptDuration, recordScript } from './recordScript.ts';

const start = Date.parse('2026-03-02T09:00:00Z');

function view(update: Partial<PreviewView> = {}): PreviewView {
  return {
    now: start,
    transcript: [],
    status: 'waiting',
    nodeId: 'ask',
    ended: null,
    path: { nodeIds: [], edgeIds: [] },
    facts: { lastCustomerMessageAt: null, entryPoint: null },
    contact: DEFAULT_CONTACT,
    variables: {},
    lastReply: null,
    timers: [],
    webhook: null,
    totals: { free: 0, utility: 0, marketing: 0 },
    ...update,
  };
}

const hello: SendEffect = {
  type: 'send',
  id: 'script:1',
  nodeId: 'ask',
  message: { type: 'text', text: { body: 'Hello' } },
  kind: 'text',
  price: 'free',
  pricingType: 'free_customer_service',
  reason: 'Free: inside the window.',
};

describe('recordScript', () => {
  it('writes each action with the messages and prices that followed it, and where the session ended up', () => {
    const { script, warnings } = recordScript({
      flowFile: 'demo.json',
      name: 'Recorded',
      setup: { start, contact: { ...DEFAULT_CONTACT, tags: ['vip'] }, businessVerified: false },
      actions: [
        { type: 'customer', input: { text: 'Hi' } },
        { type: 'advance', ms: 25 * 3_600_000 },
        { type: 'start', triggerId: 'api', variables: {} },
      ],
      sends: [[hello], [], []],
      view: view({ variables: { size: '11-50' }, contact: { ...DEFAULT_CONTACT, tags: ['vip', 'hot'] } }),
    });
    expect(warnings).toEqual([]);
    expect(script).toEqual({
      flow: 'demo.json',
      conversations: [
        {
          name: 'Recorded',
          start: '2026-03-02T09:00:00Z',
          contact: {
            waId: DEFAULT_CONTACT.waId,
            name: DEFAULT_CONTACT.name,
            fields: {},
            tags: ['vip'],
            optIn: 'optedIn',
            marketingOptOut: false,
          },
          channel: { businessVerified: false },
          steps: [
            { customer: { text: 'Hi' } },
            { bot: [{ price: 'free', message: { type: 'text', text: { body: 'Hello' } } }] },
            { advance: '25h' },
            { start: { trigger: 'api' } },
            {
              expect: {
                status: 'waiting',
                node: 'ask',
                variables: { size: '11-50' },
                contact: { tags: ['vip', 'hot'] },
              },
            },
          ],
        },
      ],
    });
  });

  it('leaves out what the format cannot say, and says so', () => {
    const { script, warnings } = recordScript({
      flowFile: 'demo.json',
      name: 'Edited',
      setup: { start, contact: DEFAULT_CONTACT, businessVerified: true },
      actions: [
        { type: 'setVariable', name: 'size', value: '1' },
        { type: 'setContact', contact: DEFAULT_CONTACT },
      ],
      sends: [[], []],
      view: view({ status: 'ended', ended: { reason: 'handoff' }, nodeId: null }),
    });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('{{size}}');
    expect(script.conversations[0]?.steps).toEqual([
      { expect: { status: 'ended', endReason: 'handoff', contact: { tags: [] } } },
    ]);
    expect(script.conversations[0]?.channel).toBeUndefined();
  });
});

describe('formatScriptDuration', () => {
  it('writes durations the script format reads back', () => {
    expect(formatScriptDuration(3_600_000)).toBe('1h');
    expect(formatScriptDuration(25 * 3_600_000)).toBe('25h');
    expect(formatScriptDuration(2 * 86_400_000 + 3_600_000)).toBe('2d1h');
    expect(formatScriptDuration(90_000)).toBe('1m30s');
    expect(formatScriptDuration(1500)).toBe('1.5s');
    expect(formatScriptDuration(0)).toBe('0s');
  });
});
