import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';

let harness: EditorHarness;

beforeAll(async () => {
  harness = await startEditorHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe('a flow opened by its address', () => {
  it('is requested once, by index.html while the app loads, and the app uses that answer', async () => {
    const { context, page } = await harness.signedInPage();
    try {
      // Who calls fetch for the flow: index.html's classic script has a `document.currentScript`, the app's modules
      // do not.
      await page.addInitScript(() => {
        const calls: string[] = [];
        (window as { flowFetches?: string[] }).flowFetches = calls;
        const original = window.fetch.bind(window);
        window.fetch = (input, init) => {
          if (String(input) === '/api/flows/lead-qualification')
            calls.push(document.currentScript ? 'index.html' : 'app');
          return original(input, init);
        };
      });
      const flowRequests: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/api/flows/lead-qualification') flowRequests.push(request.method());
      });
      await page.goto(`${harness.url}/flows/lead-qualification`);
      await page.getByText('Welcome menu').first().waitFor();
      expect(await page.evaluate(() => (window as { flowFetches?: string[] }).flowFetches)).toEqual(['index.html']);
      expect(flowRequests).toEqual(['GET']);
      // The answer was taken: a later request of the app goes to the network as usual.
      expect(
        await page.evaluate(() => (window as { salesbotEarlyFetch?: unknown }).salesbotEarlyFetch),
      ).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  it('is left to the app when no token is stored (the sign-in form shows)', async () => {
    const context = await harness.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${harness.url}/flows/lead-qualification`);
      await page.getByLabel('Admin token').waitFor();
      expect(
        await page.evaluate(() => (window as { salesbotEarlyFetch?: unknown }).salesbotEarlyFetch),
      ).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
