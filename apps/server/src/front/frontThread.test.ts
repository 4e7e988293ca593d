import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMessageWebhook } from '@salesbot/whatsapp';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PHONE_NUMBER_ID } from '../seed/seed.ts';
import { type SpawnedServer, spawnServer } from '../testing/spawnServer.ts';
import { signBody } from '../webhook/verifySignature.ts';

// The production start serves HTTP from the front thread: these requests all go through it — webhook deliveries
// checked there, everything else forwarded to the app.
const SECRET = 'front-app-secret';
const TOKEN = 'sb_front_test';
let dir: string;
let server: SpawnedServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'salesbot-front-'));
  server = await spawnServer({
    DATABASE_PATH: join(dir, 'salesbot.db'),
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_VERIFY_TOKEN: 'front-verify',
    ADMIN_TOKEN: TOKEN,
    FRONT_THREAD: '1',
    LOG_LEVEL: 'info',
    EDITOR_DIST: join(dir, 'no-editor'),
  });
}, 60_000);
afterAll(async () => {
  await server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
let counter = 0;
function delivery(phoneNumberId: string, from: string, text = 'Hi') {
  return JSON.stringify(
    buildMessageWebhook({
      phoneNumberId,
      from,
      name: 'Front',
      id: `wamid.front.${++counter}`,
      timestamp: Date.now(),
      content: { type: 'text', text },
    }),
  );
}
function post(body: string, signature: string | null, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(signature ? { 'x-hub-signature-256': signature } : {}),
      ...headers,
    },
    body,
  });
}
/** The contact's stored messages (read from the database file beside the running server). */
function conversationMessages(waId: string): { direction: string; sender: string }[] {
  const db = new Database(join(dir, 'salesbot.db'), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT m.direction, m.sender FROM messages m JOIN conversations v ON v.id = m.conversation_id
         JOIN contacts c ON c.id = v.contact_id WHERE c.wa_id = ? ORDER BY m.id`,
      )
      .all(waId) as { direction: string; sender: string }[];
  } finally {
    db.close();
  }
}

describe('the front thread', () => {
  it('is what serves the public port', () => {
    expect(server.output()).toMatch(/"frontThread":true[^\n]*salesbot is listening/);
  });

  it('commits a signed delivery before answering, and the bot replies', async () => {
    const body = delivery(SANDBOX_PHONE_NUMBER_ID, '15550009001');
    const response = await post(body, signBody(body, SECRET));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual({ ok: true, events: 1 });
    const messages = conversationMessages('15550009001');
    expect(messages.map((message) => `${message.direction}:${message.sender}`)).toEqual(['in:customer', 'out:bot']);
    // A repeat changes nothing.
    expect((await post(body, signBody(body, SECRET))).status).toBe(200);
    expect(conversationMessages('15550009001')).toHaveLength(2);
  });

  it('refuses what the app refuses, with the same reasons', async () => {
    const body = delivery(SANDBOX_PHONE_NUMBER_ID, '15550009002');
    const forged = await post(body, signBody(body, 'another-secret'));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: 'bad_signature' } });
    const unsigned = await post(body, null);
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: { code: 'unsigned' } });
    const notJson = await post('{"object":', signBody('{"object":', SECRET));
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const wrongShape = JSON.stringify({ object: 'whatsapp_business_account', entry: 'nope' });
    const shape = await post(wrongShape, signBody(wrongShape, SECRET));
    expect(shape.status).toBe(400);
    expect(await shape.json()).toMatchObject({ error: { code: 'invalid_payload', details: { path: 'entry' } } });
    const huge = `{"pad":"${'x'.repeat(4 * 1024 * 1024)}"}`;
    const tooLarge = await post(huge, signBody(huge, SECRET));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'too_large' } });
    // Nothing of it was stored.
    expect(conversationMessages('15550009002')).toEqual([]);
  });

  it('accepts a channel’s own secret as soon as the channel is registered, and only for that channel', async () => {
    const created = await fetch(`${server.url}/api/channels`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ phoneNumberId: '5550001234', displayPhoneNumber: '+1 555 000 1234', appSecret: 'own' }),
    });
    expect(created.status).toBe(201);
    const own = delivery('5550001234', '15550009003');
    expect((await post(own, signBody(own, 'own'))).status).toBe(200);
    const sandbox = delivery(SANDBOX_PHONE_NUMBER_ID, '15550009004');
    expect((await post(sandbox, signBody(sandbox, 'own'))).status).toBe(401);
  });

  it('forwards the handshake, the admin API and the event stream', async () => {
    const handshake = await fetch(
      `${server.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=front-verify&hub.challenge=c123`,
    );
    expect(await handshake.text()).toBe('c123');
    expect((await fetch(`${server.url}/api/flows`)).status).toBe(401);
    const flows = await fetch(`${server.url}/api/flows`, { headers: auth });
    expect(flows.status).toBe(200);

    const controller = new AbortController();
    const stream = await fetch(`${server.url}/api/events?token=${TOKEN}`, { signal: controller.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = stream.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    const body = delivery(SANDBOX_PHONE_NUMBER_ID, '15550009005');
    let posted = false;
    while (!text.includes('event: message.out')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
      if (!posted && text.includes('event: ready')) {
        posted = true;
        expect((await post(body, signBody(body, SECRET))).status).toBe(200);
      }
    }
    controller.abort();
    expect(text).toContain('event: message.in');
    expect(text).toContain('event: message.out');
  });
});
