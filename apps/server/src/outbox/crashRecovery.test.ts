import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildMessageWebhook, buildStatusWebhook } from '@salesbot/whatsapp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { addCloudChannel, CLOUD_ACCESS_TOKEN, CLOUD_PHONE_NUMBER_ID, publishPingFlow } from '../testing/fixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { rows } from '../testing/rows.ts';
import { postWebhook } from '../testing/webhookClient.ts';

const CUSTOMER = '15557654000';
const clock = createManualClock();
let standIn: GraphApiStandIn;
let first: TestApp;
let second: TestApp | null = null;

beforeEach(async () => {
  standIn = await startGraphApiStandIn({ accessToken: CLOUD_ACCESS_TOKEN, now: () => clock.now() });
  first = await createTestApp({ clock });
  await addCloudChannel(first, standIn);
  await publishPingFlow(first);
});
afterEach(async () => {
  await second?.close();
  second = null;
  await standIn.close();
  rmSync(dirname(first.dbPath), { recursive: true, force: true });
});

/** The bot queues a send; its request leaves and the answer never comes back: the row stays `sending`. */
async function sendThenLoseTheAnswer(accepted: boolean): Promise<string> {
  standIn.use({ kind: 'drop', accept: accepted });
  const body = buildMessageWebhook({
    phoneNumberId: CLOUD_PHONE_NUMBER_ID,
    from: CUSTOMER,
    id: 'wamid.crash.1',
    timestamp: clock.now(),
    content: { type: 'text', text: 'ping' },
  });
  expect((await postWebhook(first, body)).status).toBe(200);
  await first.runtime.settle();
  const [row] = rows.outbox(first.db);
  expect(row!.state).toBe('sending');
  // The process goes away with the send in flight; a new one opens the same database.
  await first.close({ keepFiles: true });
  second = await createTestApp({ clock, dbPath: first.dbPath });
  return row!.id;
}

describe('a send in flight when the process died', () => {
  it('is not resent when a status with its callback data arrives within the grace period', async () => {
    const outboxId = await sendThenLoseTheAnswer(true);
    const wamid = standIn.sends[0]!.wamid!;
    clock.advance(10_000);
    const statusBody = buildStatusWebhook({
      phoneNumberId: CLOUD_PHONE_NUMBER_ID,
      id: wamid,
      status: 'sent',
      timestamp: clock.now(),
      recipientId: CUSTOMER,
      callbackData: outboxId,
    });
    expect((await postWebhook(second!, statusBody)).status).toBe(200);
    clock.advance(second!.config.outbox.inFlightGraceMs * 2);
    await second!.runtime.settle();
    expect(rows.outbox(second!.db)[0]).toMatchObject({ id: outboxId, state: 'sent', wamid });
    expect(rows.messages(second!.db, "direction = 'out'")[0]).toMatchObject({ wamid, status: 'sent' });
    expect(standIn.countByCallback(outboxId)).toBe(1);
  });

  it('waits for the grace period, then resends when no status came', async () => {
    const outboxId = await sendThenLoseTheAnswer(false);
    await second!.runtime.settle();
    expect(rows.outbox(second!.db)[0]!.state).toBe('sending');
    clock.advance(second!.config.outbox.inFlightGraceMs - 1);
    await second!.runtime.settle();
    expect(rows.outbox(second!.db)[0]!.state).toBe('sending');
    clock.advance(1);
    await second!.runtime.settle();
    expect(rows.outbox(second!.db)[0]).toMatchObject({ id: outboxId, state: 'sent', attempts: 2 });
    expect(standIn.countByCallback(outboxId)).toBe(1);
  });

  it('the trade-off: if WhatsApp accepted it and never reported a status, the resend duplicates it', async () => {
    const outboxId = await sendThenLoseTheAnswer(true);
    clock.advance(second!.config.outbox.inFlightGraceMs);
    await second!.runtime.settle();
    expect(standIn.countByCallback(outboxId)).toBe(2);
  });
});
