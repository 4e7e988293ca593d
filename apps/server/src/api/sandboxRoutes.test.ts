import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('POST /api/sandbox/inbound', () => {
  it('a first message from a new contact starts lead qualification and queues its first message', async () => {
    const res = await t.api('POST', '/api/sandbox/inbound', { from: '15551234567', name: 'Ana López', text: 'Hi' });
    expect(res.status).toBe(200);
    expect(res.body.sessionId).toEqual(expect.any(String));
    expect(res.body.replies).toHaveLength(1);
    expect(res.body.replies[0].content.message).toMatchObject({ type: 'interactive', interactive: { type: 'button' } });
    expect(res.body.replies[0].content.message.interactive.body.text).toContain('Hi Ana');

    await t.runtime.settle();
    const sent = await t.api('GET', '/api/sandbox/messages?contact=15551234567');
    expect(sent.body).toHaveLength(1);
    expect(sent.body[0]).toMatchObject({ status: 'delivered', sender: 'bot' });
    expect(sent.body[0].wamid).toMatch(/^wamid\.sandbox\./);
  });
});
