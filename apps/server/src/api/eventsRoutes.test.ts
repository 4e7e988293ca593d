import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

/** Reads an SSE response until `until` matches the text so far (or the stream ends). */
async function readUntil(
  response: Response,
  until: (text: string) => boolean,
  controller: AbortController,
): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!until(text)) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
  }
  controller.abort();
  await reader.cancel().catch(() => {});
  return text;
}

describe('GET /api/events', () => {
  it('streams the workspace’s events as they are committed', async () => {
    const controller = new AbortController();
    const response = await t.app.request('/api/events', {
      headers: { authorization: `Bearer ${t.token}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reading = readUntil(response, (text) => text.includes('event: session.started'), controller);
    await t.api('POST', '/api/sandbox/inbound', { from: '15550001212', text: 'Hi' });
    const text = await reading;
    expect(text).toContain('event: ready');
    expect(text).toContain('event: message.in');
    expect(text).toContain('event: message.out');
    expect(text).toMatch(/^id: \d+$/m);
  });

  it('replays what came after Last-Event-ID', async () => {
    await t.api('POST', '/api/sandbox/inbound', { from: '15550001313', text: 'Hi' });
    const controller = new AbortController();
    const response = await t.app.request(`/api/events?token=${t.token}`, {
      headers: { 'last-event-id': '0' },
      signal: controller.signal,
    });
    const text = await readUntil(response, (sofar) => sofar.includes('event: message.out'), controller);
    expect(text).toContain('event: message.in');
  });
});

describe('health and the editor', () => {
  it('GET /healthz → 200', async () => {
    expect((await t.app.request('/healthz')).status).toBe(200);
  });

  it('without a built editor, / explains instead of failing', async () => {
    const missing = await createTestApp({ config: { editorDist: join(tmpdir(), 'salesbot-no-such-dist') } });
    try {
      const res = await missing.app.request('/');
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('npm run build');
    } finally {
      await missing.close();
    }
  });

  it('serves the built editor with a SPA fallback, never for /api or /webhooks', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'salesbot-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root">editor</div>');
    writeFileSync(join(dist, 'assets', 'app.js'), 'console.log(1)');
    const withEditor = await createTestApp({ config: { editorDist: dist } });
    try {
      expect(await (await withEditor.app.request('/')).text()).toContain('editor');
      expect((await withEditor.app.request('/assets/app.js')).headers.get('content-type')).toContain('javascript');
      expect(await (await withEditor.app.request('/flows/lead-qualification')).text()).toContain('editor');
      const api = await withEditor.app.request('/api/nothing-here', {
        headers: { authorization: `Bearer ${withEditor.token}` },
      });
      expect(api.status).toBe(404);
      expect(((await api.json()) as { error: { code: string } }).error.code).toBe('not_found');
      expect((await withEditor.app.request('/webhooks/other')).status).toBe(404);
    } finally {
      await withEditor.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
