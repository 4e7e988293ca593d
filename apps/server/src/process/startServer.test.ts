import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { type SpawnedServer, spawnServer } from '../testing/spawnServer.ts';

interface Stored {
  status: string;
  sender: string;
  content: { message: { type: string; interactive: { body: { text: string } } } };
}
const json = async <T>(response: Response) => (await response.json()) as T;

describe('bin/start.js', () => {
  it('serves the product on a fresh database: the lead-qualification bot answers a sandbox message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-start-'));
    let server: SpawnedServer | null = null;
    try {
      server = await spawnServer({ DATABASE_PATH: join(dir, 'salesbot.db') });
      const token = readFileSync(join(dir, 'admin-token'), 'utf8').trim();
      expect(server.output()).toContain(token);
      expect(server.output()).toContain(server.url.replace('127.0.0.1', 'localhost'));
      const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };

      const inbound = await fetch(`${server.url}/api/sandbox/inbound`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ from: '15551234567', name: 'Ana López', text: 'Hi' }),
      });
      expect(inbound.status).toBe(200);
      const answer = await json<{ replies: Stored[] }>(inbound);
      expect(answer.replies[0]!.content.message.type).toBe('interactive');
      expect(answer.replies[0]!.content.message.interactive.body.text).toContain('Ana');

      // The real loops deliver it through the sandbox transport.
      let messages: Stored[] = [];
      for (let i = 0; i < 100 && messages[0]?.status !== 'delivered'; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        messages = (await json(
          await fetch(`${server.url}/api/sandbox/messages?contact=15551234567`, { headers: auth }),
        )) as never;
      }
      expect(messages[0]).toMatchObject({ status: 'delivered', sender: 'bot' });

      // A graceful stop, then a restart keeps the data and the token.
      expect(await server.stop()).toBe(0);
      server = await spawnServer({ DATABASE_PATH: join(dir, 'salesbot.db') });
      const flows = await fetch(`${server.url}/api/flows`, { headers: auth });
      expect(flows.status).toBe(200);
      const db = new Database(join(dir, 'salesbot.db'), { readonly: true });
      expect(db.prepare("SELECT count(*) FROM messages WHERE direction = 'in'").pluck().get()).toBe(1);
      expect(db.prepare("SELECT count(*) FROM flow_versions WHERE flow_id = 'lead-qualification'").pluck().get()).toBe(
        1,
      );
      db.close();
    } finally {
      await server?.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
