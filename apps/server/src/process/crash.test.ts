import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMessageWebhook } from '@salesbot/whatsapp';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pingFlow } from '../testing/fixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { freePort, type SpawnedServer, spawnServer } from '../testing/spawnServer.ts';
import { signBody } from '../webhook/verifySignature.ts';

const SECRET = 'crash-test-secret';
const TOKEN = 'sb_crash_test_admin_token';
const PHONE_NUMBER_ID = '20000000500';
const WABA_ID = '300000000000500';
const MESSAGES = 600;

describe('a crash under load', () => {
  it('loses no acknowledged message, session or timer, and sends no outbox row twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-crash-'));
    const port = await freePort();
    let server: SpawnedServer | null = null;
    let standIn: GraphApiStandIn | null = null;
    try {
      standIn = await startGraphApiStandIn({ accessToken: 'crash-token' });
      standIn.setTemplates(WABA_ID, [
        { id: '7', name: 'ping_fallback', language: 'en_US', category: 'UTILITY', status: 'APPROVED', components: [] },
      ]);
      const env = {
        DATABASE_PATH: join(dir, 'salesbot.db'),
        ADMIN_TOKEN: TOKEN,
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_DISPLAY_PHONE_NUMBER: '+1 555 030 0500',
        WHATSAPP_WABA_ID: WABA_ID,
        WHATSAPP_ACCESS_TOKEN: 'crash-token',
        WHATSAPP_APP_SECRET: SECRET,
        WHATSAPP_API_URL: standIn.url,
        // Long enough that nothing in flight at the crash is resent during the test: statuses settle it.
        OUTBOX_IN_FLIGHT_GRACE_MS: '600000',
        OUTBOX_PAIR_BURST: '100',
      };
      server = await spawnServer(env, { port });
      standIn.postStatusesTo({ url: `${server.url}/webhooks/whatsapp`, appSecret: SECRET, wabaId: WABA_ID });
      const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
      expect((await fetch(`${server.url}/api/templates/sync`, { method: 'POST', headers: auth })).status).toBe(200);
      expect(
        (
          await fetch(`${server.url}/api/flows`, {
            method: 'POST',
            headers: auth,
            body: JSON.stringify({ graph: pingFlow }),
          })
        ).status,
      ).toBe(201);
      expect((await fetch(`${server.url}/api/flows/ping/publish`, { method: 'POST', headers: auth })).status).toBe(200);

      // Load: one message per contact, half of them starting a flow that schedules a timer; SIGKILL midway.
      const acknowledged: { wamid: string; text: string }[] = [];
      const base = Date.now();
      let next = 0;
      let killing: Promise<void> | null = null;
      const worker = async () => {
        while (next < MESSAGES && !killing) {
          const i = next++;
          const text = i % 2 === 0 ? 'wait' : 'Hi';
          const wamid = `wamid.crash.${i}`;
          const body = JSON.stringify(
            buildMessageWebhook({
              phoneNumberId: PHONE_NUMBER_ID,
              wabaId: WABA_ID,
              from: String(15550000000 + i),
              id: wamid,
              timestamp: base,
              content: { type: 'text', text },
            }),
          );
          try {
            const response = await fetch(`${server!.url}/webhooks/whatsapp`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, SECRET) },
              body,
            });
            if (response.status === 200) acknowledged.push({ wamid, text });
            await response.arrayBuffer();
          } catch {
            // Killed mid-request: not acknowledged, so WhatsApp would retry it.
          }
          if (acknowledged.length >= MESSAGES / 3) killing ??= server!.kill();
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      await killing;
      expect(acknowledged.length).toBeGreaterThanOrEqual(MESSAGES / 3);
      expect(acknowledged.length).toBeLessThan(MESSAGES);

      // Restart on the same port: the stand-in's status retries get through; the outbox drains.
      server = await spawnServer(env, { port });
      await standIn.statusesSettled();
      const db = new Database(join(dir, 'salesbot.db'), { readonly: true });
      for (let i = 0; i < 300; i++) {
        const waiting = db.prepare("SELECT count(*) FROM outbox WHERE state = 'queued'").pluck().get() as number;
        if (waiting === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await standIn.statusesSettled();

      const messageOf = db.prepare("SELECT conversation_id FROM messages WHERE wamid = ? AND direction = 'in'").pluck();
      const sessionOf = db.prepare('SELECT id, flow_id FROM sessions WHERE conversation_id = ?');
      const timersOf = db.prepare('SELECT count(*) FROM timers WHERE session_id = ?').pluck();
      for (const { wamid, text } of acknowledged) {
        const conversationId = messageOf.get(wamid) as string | undefined;
        expect(conversationId, `message ${wamid}`).toBeDefined();
        const session = sessionOf.get(conversationId) as { id: string; flow_id: string } | undefined;
        expect(session, `session of ${wamid}`).toBeDefined();
        expect(session!.flow_id).toBe(text === 'wait' ? 'ping' : 'lead-qualification');
        if (text === 'wait') expect(timersOf.get(session!.id), `timer of ${wamid}`).toBe(1);
      }

      const outbox = db.prepare('SELECT id, state FROM outbox').all() as { id: string; state: string }[];
      expect(outbox.length).toBeGreaterThanOrEqual(acknowledged.filter((m) => m.text === 'Hi').length);
      const accepted = new Map<string, number>();
      for (const send of standIn.sends)
        if (send.accepted && send.callbackData)
          accepted.set(send.callbackData, (accepted.get(send.callbackData) ?? 0) + 1);
      expect([...accepted.entries()].filter(([, count]) => count > 1)).toEqual([]);
      for (const row of outbox) {
        // Sent, or still waiting out its grace period because its request never reached WhatsApp.
        if (row.state !== 'sent')
          expect({ id: row.id, state: row.state, accepted: accepted.get(row.id) ?? 0 }).toEqual({
            id: row.id,
            state: 'sending',
            accepted: 0,
          });
      }
      db.close();
    } finally {
      await server?.kill();
      await standIn?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
