import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { SENDABLE_SQL, selectSendable } from './outbox.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('the outbox order check', () => {
  it("reads only the conversation's pending rows, not its history", () => {
    const plan = (t.db.prepare(`EXPLAIN QUERY PLAN ${SENDABLE_SQL}`).all('ch', 0, 10) as { detail: string }[]).map(
      (row) => row.detail,
    );
    expect(plan.some((detail) => detail.includes('USING INDEX outbox_pending_by_conversation'))).toBe(true);
  });

  it('holds a row while an earlier one of its conversation is queued or sending, not after it was sent', async () => {
    await t.api('POST', '/api/sandbox/inbound', { from: '15550003001', text: 'Hi' });
    const [first] = rows.outbox(t.db);
    const channelId = t.db.prepare('SELECT channel_id FROM outbox WHERE id = ?').pluck().get(first!.id) as string;
    const conversationId = t.db
      .prepare('SELECT conversation_id FROM outbox WHERE id = ?')
      .pluck()
      .get(first!.id) as string;
    // A later row of the same conversation, queued behind the first.
    t.db
      .prepare(
        `INSERT INTO outbox (id, workspace_id, channel_id, conversation_id, to_wa_id, payload, state, next_attempt_at,
           created_at, updated_at) SELECT 'later', workspace_id, channel_id, conversation_id, to_wa_id, payload,
           'queued', next_attempt_at, created_at, updated_at FROM outbox WHERE id = ?`,
      )
      .run(first!.id);
    const sendable = (state: string) => {
      t.db.prepare('UPDATE outbox SET state = ? WHERE id = ?').run(state, first!.id);
      return selectSendable(t.db, channelId, t.clock.now(), 10)
        .filter((row) => row.conversationId === conversationId)
        .map((row) => row.id);
    };
    expect(sendable('queued')).toEqual([first!.id]);
    expect(sendable('sending')).toEqual([]);
    expect(sendable('sent')).toEqual(['later']);
    expect(sendable('failed')).toEqual(['later']);
  });
});
