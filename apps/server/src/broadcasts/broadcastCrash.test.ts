import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type GraphApiStandIn, startGraphApiStandIn } from '../testing/graphApiStandIn.ts';
import { freePort, type SpawnedServer, spawnServer } from '../testing/spawnServer.ts';
import { PROMO_TEMPLATE, promoMessage } from './testing/broadcastFixtures.ts';

const SECRET = 'broadcast-crash-secret';
const TOKEN = 'sb_broadcast_crash_admin';
const ACCESS = 'broadcast-crash-access';
const PHONE_NUMBER_ID = '20000000700';
const WABA_ID = '300000000000700';
const RECIPIENTS = 300;

describe('a broadcast killed half-way (SIGKILL) and restarted', () => {
  it('sends every remaining contact exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'salesbot-broadcast-crash-'));
    const port = await freePort();
    let server: SpawnedServer | null = null;
    let standIn: GraphApiStandIn | null = null;
    try {
      standIn = await startGraphApiStandIn({ accessToken: ACCESS });
      standIn.setTemplates(WABA_ID, [{ id: '9', ...PROMO_TEMPLATE }]);
      const env = {
        DATABASE_PATH: join(dir, 'salesbot.db'),
        ADMIN_TOKEN: TOKEN,
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_DISPLAY_PHONE_NUMBER: '+1 555 070 0700',
        WHATSAPP_WABA_ID: WABA_ID,
        WHATSAPP_ACCESS_TOKEN: ACCESS,
        WHATSAPP_APP_SECRET: SECRET,
        WHATSAPP_API_URL: standIn.url,
        // Long enough for the statuses of sends in flight at the crash to arrive after the restart: those are
        // settled by their status, only the ones that never reached WhatsApp are sent again.
        OUTBOX_IN_FLIGHT_GRACE_MS: '15000',
      };
      server = await spawnServer(env, { port });
      standIn.postStatusesTo({ url: `${server.url}/webhooks/whatsapp`, appSecret: SECRET, wabaId: WABA_ID });
      const api = async (method: string, path: string, body?: unknown) => {
        const response = await fetch(`${server!.url}/api${path}`, {
          method,
          headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      };
      expect((await api('POST', '/templates/sync')).status).toBe(200);
      expect((await api('PUT', '/broadcasts/settings', { messagingLimit: null })).status).toBe(200);
      const channels = (await api('GET', '/channels')).body as unknown as { id: string; sandbox: boolean }[];
      const channelId = channels.find((channel) => !channel.sandbox)!.id;
      // 40 messages a second: the broadcast takes about 8 s, long enough to kill it in the middle.
      expect((await api('PATCH', `/channels/${channelId}`, { throughput: 40 })).status).toBe(200);
      const phones = Array.from({ length: RECIPIENTS }, (_, i) => String(34611000000 + i));
      const csv = ['phone,name,opt_in', ...phones.map((phone, i) => `+${phone},Customer ${i},yes`)].join('\n');
      const list = await api('POST', '/broadcasts/lists', { name: 'Crash test', csv });
      expect(list.status).toBe(201);

      const created = await api('POST', '/broadcasts', {
        name: 'Crash test',
        channelId,
        audience: { listId: list.body.listId },
        message: promoMessage(),
        when: { mode: 'now' },
      });
      expect(created.status).toBe(201);
      const id = created.body.id as string;

      const accepted = () => standIn!.sends.filter((send) => send.accepted).length;
      const deadline = Date.now() + 60_000;
      while (accepted() < RECIPIENTS / 2 && Date.now() < deadline) await sleep(20);
      await server.kill();
      const atKill = accepted();
      expect(atKill).toBeGreaterThanOrEqual(RECIPIENTS / 2);
      expect(atKill).toBeLessThan(RECIPIENTS);

      server = await spawnServer(env, { port });
      let status = '';
      const restartDeadline = Date.now() + 90_000;
      while (Date.now() < restartDeadline) {
        status = (await api('GET', `/broadcasts/${id}`)).body.status as string;
        if (status === 'completed') break;
        await sleep(250);
      }
      expect(status).toBe('completed');
      await standIn.statusesSettled();

      const perRecipient = new Map<string, number>();
      for (const send of standIn.sends) {
        if (send.accepted) perRecipient.set(send.to, (perRecipient.get(send.to) ?? 0) + 1);
      }
      expect([...perRecipient.entries()].filter(([, count]) => count !== 1)).toEqual([]);
      expect(phones.filter((phone) => !perRecipient.has(phone))).toEqual([]);
      expect(accepted()).toBe(RECIPIENTS);
      const detail = await api('GET', `/broadcasts/${id}`);
      expect(detail.body.counts).toMatchObject({ recipients: RECIPIENTS, sent: RECIPIENTS, failed: 0 });
    } finally {
      await server?.kill();
      await standIn?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
