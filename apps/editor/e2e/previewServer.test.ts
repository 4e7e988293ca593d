import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { botRows, openPreview, type PreviewPage } from './previewDriver.ts';

const SHOTS = join(ARTIFACTS_DIR, '..', 'preview');

// "Test on the server": the pane talks to the real server's sandbox channel; what the published bot sends comes
// back over the event stream, including messages caused by something other than the pane.
describe('the preview on the server', () => {
  let harness: EditorHarness;
  let preview: PreviewPage | null = null;

  beforeAll(async () => {
    harness = await startEditorHarness();
  });
  afterAll(async () => {
    await preview?.context.close().catch(() => {});
    await harness?.close();
  });

  it('sends through the sandbox channel and shows what the published bot answers, live', async () => {
    preview = await openPreview(harness, 'lead-qualification');
    const { page, pane, phone } = preview;
    await pane.getByTestId('mode-server').click();
    const info = pane.getByTestId('server-info');
    expect(await info.textContent()).toContain('v1');
    await pane.locator('.pv-live.is-on').waitFor({ timeout: 15_000 });

    // The customer writes: the seeded, published lead-qualification bot answers with its menu.
    const composer = phone.getByTestId('composer-input');
    await composer.fill('Hi, I need a CRM <b>now</b>');
    await composer.press('Enter');
    await phone.locator('.pv-row--bot[data-kind="button"]').waitFor({ timeout: 15_000 });
    expect(await phone.locator('.pv-row--customer [data-text]').first().textContent()).toBe(
      'Hi, I need a CRM <b>now</b>',
    );
    expect(await botRows(preview).first().locator('.pv-price').getAttribute('data-price')).toBe('free');

    // A tap goes back as a button reply.
    await phone.locator('.pv-tap[data-kind="button"][data-choice="quote"]').click();
    await phone.locator('.pv-row--bot[data-kind="list"]').waitFor({ timeout: 15_000 });
    expect(await pane.getByTestId('server-session').textContent()).toContain('lead-qualification');

    // Something the pane did not do — another inbound message for the same customer — still shows up: the
    // conversation follows the server's event stream.
    const subtitle = (await phone.locator('.pv-chathead__sub').textContent()) ?? '';
    const waId = subtitle.replace(/\D/g, '');
    const sent = await harness.api('POST', '/sandbox/inbound', { from: waId, list: { id: 'size_51_200' } });
    expect(sent.status).toBe(200);
    await phone.locator('[data-notice], .pv-row--bot[data-kind="text"]').last().waitFor({ timeout: 15_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="preview-phone"] .pv-row--bot[data-kind="text"]').length > 0,
      undefined,
      { timeout: 15_000 },
    );
    expect(await botRows(preview).last().textContent()).toContain('sales team');
    await page.screenshot({ path: join(SHOTS, 'server-mode.png') });

    // In test mode the server's clock moves from the pane.
    const clock = pane.getByTestId('server-clock');
    const before = (await clock.locator('.pv-clock__now span').textContent()) ?? '';
    await clock.getByRole('button', { name: '+24 h' }).click();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="server-clock"] .pv-clock__now span')?.textContent !== text,
      before,
      { timeout: 15_000 },
    );
    expect(await pane.getByTestId('window-service').getAttribute('data-open')).toBe('false');

    // A new conversation is a new customer.
    await clock.getByRole('button', { name: 'New conversation' }).click();
    expect(await phone.locator('.pv-row').count()).toBe(0);
    expect((await phone.locator('.pv-chathead__sub').textContent())?.replace(/\D/g, '')).not.toBe(waId);
  });
});
