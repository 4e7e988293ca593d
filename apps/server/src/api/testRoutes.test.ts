import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const DAY = 24 * 60 * 60_000;
const sent = async (waId: string) =>
  (await t.api('GET', `/api/sandbox/messages?contact=${waId}`)).body as {
    content: { message: { type: string } };
    price: string;
  }[];

describe('window enforcement on the wire, with the test clock', () => {
  it('a free-form step reached after the 24-hour window closed goes out as its fallback template', async () => {
    expect((await t.api('POST', '/api/flows/re-engagement/publish')).status).toBe(200);
    const first = await t.api('POST', '/api/sandbox/inbound', {
      from: '15550004444',
      name: 'Priya Shah',
      text: 'Hi',
      referral: {
        sourceType: 'ad',
        sourceId: '120214500000000001',
        headline: 'Spring Trail Collection: up to 30% off',
      },
    });
    expect(first.body.replies.length).toBeGreaterThan(0);
    expect(first.body.replies.every((reply: { price: string }) => reply.price === 'free')).toBe(true);
    const before = (await sent('15550004444')).length;

    // Four days of silence: the timers on the way fire at their own times.
    const moved = await t.api('POST', '/api/test/clock', { advanceMs: 4 * DAY + 60 * 60_000 });
    expect(moved.status).toBe(200);
    const after = await sent('15550004444');
    const nudge = after.slice(before);
    expect(nudge).toHaveLength(1);
    expect(nudge[0]!.content.message).toMatchObject({
      type: 'template',
      template: { name: 'spring_sale_nudge', language: { code: 'en_US' } },
    });
    expect(nudge[0]!.price).toBe('marketing');
    expect(
      after.every((message) => message.content.message.type === 'template' || after.indexOf(message) < before),
    ).toBe(true);
  });

  it('a manual free-form send after 24 h is refused by the policy with its reason', async () => {
    const inbound = await t.api('POST', '/api/sandbox/inbound', { from: '15550005555', text: 'Hello' });
    const conversation = inbound.body.conversationId;
    expect(
      (await t.api('POST', `/api/conversations/${conversation}/messages`, { text: 'Inside the window' })).status,
    ).toBe(201);
    await t.api('POST', '/api/test/clock', { advanceMs: DAY });
    const refused = await t.api('POST', `/api/conversations/${conversation}/messages`, { text: 'Too late' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('windowClosed');
    expect(refused.body.error.message).toMatch(/24-hour|window/i);
    const view = await t.api('GET', `/api/conversations/${conversation}`);
    expect(view.body.window.customerService.open).toBe(false);
  });

  it('reads and sets the clock', async () => {
    const now = await t.api('GET', '/api/test/clock');
    const set = await t.api('POST', '/api/test/clock', { now: '2026-04-01T12:00:00Z' });
    expect(set.body.now).toBe(Date.parse('2026-04-01T12:00:00Z'));
    expect(set.body.now).toBeGreaterThan(now.body.now);
  });

  it('does not exist outside test mode', async () => {
    const normal = await createTestApp({ config: { testMode: false } });
    try {
      expect((await normal.api('POST', '/api/test/clock', { advanceMs: 1 })).status).toBe(404);
    } finally {
      await normal.close();
    }
  });
});
