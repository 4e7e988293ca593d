import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMessageWebhook } from '@salesbot/whatsapp';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SANDBOX_PHONE_NUMBER_ID } from '../seed/seed.ts';
import { type SpawnedServer, spawnServer } from '../testing/spawnServer.ts';
import { signBody } from '../webhook/verifySignature.ts';

const SECRET = 'shutdown-test-secret';

describe('a graceful stop under load', () => {
  it('answers what it took in before exiting, and every delivery it acknowledged is stored with its reply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-shutdown-'));
    let server: SpawnedServer | null = null;
    try {
      server = await spawnServer({
        DATABASE_PATH: join(dir, 'salesbot.db'),
        WHATSAPP_APP_SECRET: SECRET,
        ADMIN_TOKEN: 'sb_shutdown_test',
        EDITOR_DIST: join(dir, 'no-editor'),
      });
      const url = server.url;
      const acknowledged: string[] = [];
      const other: string[] = [];
      let next = 0;
      let exit: Promise<number | null> | null = null;
      const base = Date.now();
      // Sixteen senders, each posting until the server stops answering; SIGTERM once 150 deliveries were answered.
      const sender = async () => {
        for (;;) {
          const n = next++;
          if (n >= 2000) return;
          const wamid = `wamid.shutdown.${base}.${n}`;
          const body = JSON.stringify(
            buildMessageWebhook({
              phoneNumberId: SANDBOX_PHONE_NUMBER_ID,
              from: String(15550100000 + n),
              name: 'Stop',
              id: wamid,
              timestamp: base,
              content: { type: 'text', text: 'Hi' },
            }),
          );
          try {
            const response = await fetch(`${url}/webhooks/whatsapp`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, SECRET) },
              body,
            });
            if (response.status === 200) acknowledged.push(wamid);
            else other.push(`${response.status}`);
          } catch {
            return; // the server closed: this sender is done
          }
          if (acknowledged.length >= 150 && !exit) exit = server!.stop();
        }
      };
      await Promise.all(Array.from({ length: 16 }, sender));
      expect(await exit).toBe(0);
      // What was refused while stopping was refused cleanly (a 500 would make Meta retry, which is safe too).
      expect(other.every((status) => status === '500')).toBe(true);
      expect(acknowledged.length).toBeGreaterThanOrEqual(150);

      const db = new Database(join(dir, 'salesbot.db'), { readonly: true });
      const stored = new Set(db.prepare("SELECT wamid FROM messages WHERE direction = 'in'").pluck().all() as string[]);
      expect(acknowledged.filter((wamid) => !stored.has(wamid))).toEqual([]);
      // Each acknowledged first message started the bot, whose reply is queued in the outbox with it.
      const replies = db
        .prepare(
          `SELECT count(*) FROM messages i JOIN messages o ON o.conversation_id = i.conversation_id
           AND o.direction = 'out' WHERE i.direction = 'in' AND i.wamid LIKE 'wamid.shutdown.%'`,
        )
        .pluck()
        .get() as number;
      expect(replies).toBeGreaterThanOrEqual(acknowledged.length);
      db.close();
    } finally {
      await server?.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
