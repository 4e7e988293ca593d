import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConversationScript, runScript } from '@salesbot/engine';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from './editorHarness.ts';
import { until } from './pageHelpers.ts';
import { botRows, openTab, type PreviewPage, performStep, previewSuite, setUpConversation } from './previewDriver.ts';

const FLOWS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../flows');
const SHOTS = join(ARTIFACTS_DIR, '..', 'preview');
const HOUR = 3_600_000;

async function now(preview: PreviewPage): Promise<number> {
  return Number(await preview.pane.getByTestId('preview-now').getAttribute('data-now'));
}

async function clickAndWait(preview: PreviewPage, name: string | RegExp) {
  const before = Number(await preview.pane.getAttribute('data-actions'));
  await preview.pane.getByTestId('preview-clock').getByRole('button', { name }).click();
  await preview.page.waitForFunction(
    (count) => Number(document.querySelector('[data-testid="preview-pane"]')?.getAttribute('data-actions')) > count,
    before,
  );
}

// The tester's controls: the clock and its windows, step-back and restart, the canvas highlight and selection,
// editing variables and the contact during the run, recording the run as a script, full screen.
describe('the preview controls', () => {
  const { harness, open } = previewSuite();

  it('moves the clock: the window closes on screen, timers fire in order, the template fallback goes at a price', async () => {
    const preview = await open('re-engagement');
    const start = Date.parse('2026-04-06T16:00:00Z');
    await setUpConversation(preview, { name: 'clock', start: '2026-04-06T16:00:00Z', steps: [] });
    const service = preview.pane.getByTestId('window-service');
    expect(await service.getAttribute('data-open')).toBe('false');
    await performStep(preview, {
      customer: { text: 'Hi', referral: { sourceType: 'ad', sourceId: '120214500000000001', headline: 'Spring' } },
    });
    expect(await service.getAttribute('data-open')).toBe('true');
    expect(await service.textContent()).toContain('24 h left');
    expect(await preview.pane.getByTestId('window-entry').getAttribute('data-status')).toBe('open');

    await clickAndWait(preview, '+24 h');
    expect(await now(preview)).toBe(start + 24 * HOUR);
    expect(await service.getAttribute('data-open')).toBe('false');
    expect(await preview.phone.locator('[data-notice="windowClosed"]').textContent()).toContain(
      'Customer-service window closed',
    );

    // The answer timeout (2 days) fires at its own time, then a 2-day delay; the nudge cannot go free-form.
    await clickAndWait(preview, '+24 h');
    await clickAndWait(preview, '+1 h');
    expect(await now(preview)).toBe(start + 49 * HOUR);
    expect(await preview.phone.locator('[data-notice="timer"]').count()).toBe(1);
    const sentBefore = await botRows(preview).count();
    await clickAndWait(preview, /Next timer/);
    expect(await now(preview)).toBe(start + 96 * HOUR);
    expect(await preview.phone.locator('[data-notice="entryPointClosed"]').count()).toBe(1);
    expect(await preview.phone.locator('[data-notice="fallback"]').count()).toBe(1);
    expect(await botRows(preview).count()).toBe(sentBefore + 1);
    const nudge = botRows(preview).last();
    expect(await nudge.locator('[data-template]').textContent()).toContain('Marketing');
    expect(await nudge.locator('.pv-price').getAttribute('data-price')).toBe('marketing');
    expect(await preview.pane.locator('[data-total="marketing"]').getAttribute('data-count')).toBe('1');
    await preview.page.screenshot({ path: join(SHOTS, 'pane-window-closed.png') });

    // Step back undoes the jump (the snapshot before it), restart starts over.
    await preview.pane.getByTestId('preview-step-back').click();
    expect(await now(preview)).toBe(start + 49 * HOUR);
    expect(await botRows(preview).count()).toBe(sentBefore);
    expect(await preview.phone.locator('[data-notice="fallback"]').count()).toBe(0);
    await preview.pane.getByTestId('preview-restart').click();
    expect(await preview.pane.getAttribute('data-actions')).toBe('0');
    expect(await preview.phone.locator('.pv-row').count()).toBe(0);
    expect(await now(preview)).toBe(start);

    // The live clock counts on its own, as one action, until paused.
    const liveToggle = preview.pane.getByRole('button', { name: 'Run live' });
    await liveToggle.click();
    await preview.page.waitForFunction(
      (from) => Number(document.querySelector('[data-testid="preview-now"]')?.getAttribute('data-now')) >= from + 2000,
      start,
    );
    await preview.pane.getByRole('button', { name: 'Live' }).click();
    expect(await preview.pane.getAttribute('data-actions')).toBe('1');
    await preview.pane.getByTestId('preview-step-back').click();
    expect(await now(preview)).toBe(start);
  });

  it('highlights the path on the canvas and selects the step a message came from', async () => {
    const preview = await open('lead-qualification');
    await setUpConversation(preview, { name: 'canvas', start: '2026-03-02T09:00:00Z', steps: [] });
    await performStep(preview, { customer: { text: 'Hello' } });
    await performStep(preview, { customer: { button: 'quote' } });
    // The flow opened at its start; the canvas followed the conversation to the step it waits on.
    const waitingCard = preview.page.locator(
      `.node-card[data-node-id="${await botRows(preview).last().getAttribute('data-node')}"]`,
    );
    await until(
      async () => {
        const card = await waitingCard.boundingBox();
        const pane = await preview.page.locator('.react-flow__pane').boundingBox();
        return !!card && !!pane && card.x >= pane.x && card.x + card.width <= pane.x + pane.width;
      },
      (inView) => inView,
    );
    // Seen whole, the path lights up from the first step.
    await preview.page.getByRole('button', { name: 'Fit view' }).click();
    await preview.page.waitForTimeout(400);
    const lit = await preview.page
      .locator('.node-card.is-highlighted')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-node-id')));
    expect(lit).toContain('welcome');
    const list = botRows(preview).last();
    const waitingOn = await list.getAttribute('data-node');
    expect(lit).toContain(waitingOn);
    expect(await preview.page.locator('.react-flow__edge.animated').count()).toBeGreaterThan(1);
    // The step the session waits on stands out from the rest of the path.
    const current = preview.page.locator(`.node-card[data-node-id="${waitingOn}"]`);
    expect(await current.evaluate((element) => getComputedStyle(element).animationName)).toBe('pv-current');

    await list.locator('.wa-body').first().click();
    await preview.page.locator(`.node-card.is-selected[data-node-id="${waitingOn}"]`).waitFor();
    await preview.page.screenshot({ path: join(SHOTS, 'pane-beside-canvas.png') });

    // Closing the pane clears the highlight.
    await preview.page.getByTestId('preview-toggle').click();
    expect(await preview.page.locator('.node-card.is-highlighted').count()).toBe(0);
    await preview.page.getByTestId('preview-toggle').click();
  });

  it('lets the tester change variables and the contact during the run, and steps back over the edit', async () => {
    const preview = await open('appointment-booking');
    await setUpConversation(preview, { name: 'edit', start: '2026-03-16T10:00:00Z', steps: [] });
    await performStep(preview, { customer: { text: 'book' } });
    await performStep(preview, { customer: { list: 'facial' } });
    await openTab(preview.pane, 'session');
    for (const [name, value] of [
      ['service', 'Hot stone massage'],
      ['email', 'ana@example.com'],
    ]) {
      const input = preview.pane.locator(`[data-variable="${name}"] input`);
      await input.fill(value as string);
      await input.press('Enter');
    }
    await performStep(preview, { customer: { button: 'slot_thu_1000' } });
    // With an email known, the condition skips the question: the confirmation reads the edited values.
    const confirm = (await botRows(preview).last().textContent()) ?? '';
    expect(confirm).toContain('Hot stone massage');
    expect(confirm).toContain('ana@example.com');

    await openTab(preview.pane, 'contact');
    const tag = preview.pane.getByLabel('Add a tag');
    await tag.fill('vip');
    await tag.press('Enter');
    expect(await preview.pane.locator('[data-tag="vip"]').count()).toBe(1);
    await preview.pane.getByTestId('preview-step-back').click();
    expect(await preview.pane.locator('[data-tag="vip"]').count()).toBe(0);
  });

  it('records the run as a conversation script that the script runner passes', async () => {
    const preview = await open('lead-qualification');
    await setUpConversation(preview, {
      name: 'record',
      start: '2026-03-02T09:00:00Z',
      contact: { waId: '14155550123', name: 'Maya Chen' },
      steps: [],
    });
    await performStep(preview, { customer: { text: 'Hi there' } });
    await performStep(preview, { customer: { button: 'quote' } });
    await performStep(preview, { customer: { list: 'size_51_200' } });
    await openTab(preview.pane, 'script');
    const [download] = await Promise.all([
      preview.page.waitForEvent('download'),
      preview.pane.getByTestId('download-script').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lead-qualification.script.json');
    const path = await download.path();
    const script = JSON.parse(readFileSync(path, 'utf8')) as ConversationScript;
    expect(script.flow).toBe('lead-qualification.json');
    const steps = script.conversations[0]?.steps ?? [];
    expect(steps.filter((step) => 'bot' in step)).toHaveLength(3);
    const result = runScript(script, { loadGraph: (file) => JSON.parse(readFileSync(join(FLOWS, file), 'utf8')) });
    expect(result.conversations[0]?.failure).toBeUndefined();
    expect(result.ok).toBe(true);

    // Saved with the flow on the server under a name: the same script, listed after a reload, and replayable.
    const saveAs = preview.pane.getByTestId('script-name');
    expect(await saveAs.inputValue()).toBe('recorded-in-the-preview');
    await saveAs.fill('maya-asks-for-a-quote');
    await preview.pane.getByTestId('save-script').click();
    await preview.pane.locator('[data-testid="saved-scripts"] [data-script="maya-asks-for-a-quote"]').waitFor();
    const stored = await harness().api<ConversationScript>(
      'GET',
      '/flows/lead-qualification/scripts/maya-asks-for-a-quote',
    );
    expect(stored).toEqual({ status: 200, body: script });

    await preview.page.reload();
    await preview.page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
    await preview.page.getByTestId('preview-toggle').click();
    await openTab(preview.pane, 'script');
    const saved = preview.pane.locator('[data-testid="saved-scripts"] [data-script="maya-asks-for-a-quote"]');
    await saved.waitFor();
    expect(await saved.textContent()).toContain('1 conversation');
    expect(Number(await preview.pane.getAttribute('data-actions'))).toBe(0);
    await saved.getByTestId('replay-script').click();
    const replayed = preview.pane.getByTestId('replay-result');
    await replayed.waitFor();
    expect(await replayed.getAttribute('data-ok')).toBe('true');
    expect(Number(await preview.pane.getAttribute('data-actions'))).toBe(3);
    const listed = steps.flatMap((step) => ('bot' in step ? step.bot : []));
    expect(await botRows(preview).count()).toBe(listed.length);
    await preview.page.screenshot({ path: join(SHOTS, 'saved-scripts.png') });
  });

  it('goes full screen with the phone beside the run’s details', async () => {
    const preview = await open('order-update');
    await setUpConversation(preview, { name: 'full', start: '2026-03-09T15:00:00Z', steps: [] });
    await performStep(preview, {
      start: { trigger: 'store-api', variables: { order_id: 'TH-10482', customer_name: 'Jordan', eta: 'Thursday' } },
    });
    await preview.pane.getByTestId('preview-fullscreen').click();
    const box = await preview.pane.boundingBox();
    expect(box?.width).toBe(1440);
    expect(await preview.pane.getByTestId('session-panel').count()).toBe(1);
    expect(await botRows(preview).last().locator('.pv-price').getAttribute('data-price')).toBe('utility');
    await preview.page.screenshot({ path: join(SHOTS, 'fullscreen.png') });
    await preview.pane.getByTestId('preview-fullscreen').click();
    expect((await preview.pane.boundingBox())?.width).toBeLessThan(600);
  });
});
