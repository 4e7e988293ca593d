import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { until } from './pageHelpers.ts';

/**
 * The Results tab: after real conversations through the sandbox channel, the published lead-qualification bot's
 * editor shows how many sessions started, ran and ended, and — on the canvas — how many reached each step and took
 * each output.
 */
describe('flow results in the editor', () => {
  let harness: EditorHarness;
  let page: Page;

  const say = async (from: string, message: Record<string, unknown>) => {
    const res = await harness.api('POST', '/sandbox/inbound', { from, name: `Contact ${from}`, ...message });
    expect(res.status).toBe(200);
  };
  const stat = (name: string) => page.locator(`[data-testid=results-summary] [data-stat=${name}]`).textContent();
  const reachedOn = (nodeId: string) => page.locator(`[data-testid=results-${nodeId}] [data-stat=reached]`);
  const outputCount = (nodeId: string, output: string) =>
    page.locator(`[data-node-id=${nodeId}] [data-output-count=${output}]`);

  beforeAll(async () => {
    harness = await startEditorHarness();
    ({ page } = await harness.signedInPage({ width: 1600, height: 1000 }));
    // Three leads: one asks for a quote and gives a size (handed to sales), one asks for pricing, one only said hi.
    await say('15550001001', { text: 'Hi' });
    await say('15550001001', { button: 'quote' });
    await say('15550001001', { list: 'size_51_200' });
    await say('15550001002', { text: 'Hello' });
    await say('15550001002', { button: 'pricing' });
    await say('15550001003', { text: 'Hey there' });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await harness.screenshot(page, 'failed-results').catch(() => {});
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('shows the sessions and, on every step and output of the canvas, how many went there', async () => {
    await page.goto(`${harness.url}/flows/lead-qualification`);
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.step-results').count()).toBe(0); // nothing on the canvas until asked
    // The flow opens at its start; seen whole, every card is drawn.
    await page.getByRole('button', { name: 'Fit view' }).click();
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByTestId('results-summary').waitFor();

    expect(await stat('started')).toBe('3');
    expect(await stat('running')).toBe('2');
    expect(await stat('ended')).toBe('1');
    expect(await page.locator('[data-reason=handoff]').textContent()).toContain('Handed to a person');
    expect(await reachedOn('welcome').textContent()).toBe('3 · 100%');
    expect(await reachedOn('ask_size').textContent()).toBe('2 · 67%');
    expect(await reachedOn('handoff_sales').textContent()).toBe('1 · 33%');
    expect(await reachedOn('tag_cold').textContent()).toBe('Not reached');
    expect(await page.locator('[data-testid=results-welcome] [data-stat=waiting]').textContent()).toBe('1 waiting');
    expect(await outputCount('welcome', 'quote').textContent()).toBe('1');
    expect(await outputCount('welcome', 'pricing').textContent()).toBe('1');
    expect(await outputCount('welcome', 'sales').textContent()).toBe('0');
    expect(await outputCount('ask_size', 'size_51_200').textContent()).toBe('1');
    await harness.screenshot(page, 'e2e-results');

    // A step in the list is found on the canvas.
    await page.locator('[data-testid=results-panel] [data-node=ask_size] button').click();
    await page.locator('[data-node-id=ask_size].is-selected').waitFor();
  });

  it('reads again when asked, and by period and version', async () => {
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByTestId('results-summary').waitFor();
    await say('15550001004', { text: 'Hi' });
    await say('15550001003', { button: 'sales' });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await until(
      () => stat('started'),
      (value) => value === '4',
    );
    await page.getByRole('button', { name: 'Fit view' }).click(); // the previous test zoomed in on a step
    expect(await outputCount('welcome', 'sales').textContent()).toBe('1');

    const answered = page.waitForResponse((response) => response.url().includes('/analytics?days=1'));
    await page.getByTestId('results-period').selectOption({ label: 'Last 24 hours' });
    expect((await answered).status()).toBe(200);
    expect(await stat('started')).toBe('4');

    const byVersion = page.waitForResponse((response) => response.url().includes('version=1'));
    await page.getByTestId('results-version').selectOption('1');
    expect((await byVersion).status()).toBe(200);
    expect(await stat('started')).toBe('4');
    expect(await page.getByTestId('results-panel').textContent()).toContain('of version 1');
  });

  it('takes the numbers off the canvas when the tab closes, and keeps them off when a late answer comes', async () => {
    await page.getByRole('tab', { name: 'Variables' }).click();
    await until(
      () => page.locator('.step-results, .out-count').count(),
      (n) => n === 0,
    );

    // The tab opens and asks; it closes before the answer arrives; the answer must not put the numbers back.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/analytics*', async (route) => {
      await held;
      await route.continue();
    });
    const answered = page.waitForResponse((response) => response.url().includes('/analytics'));
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByRole('tab', { name: 'Variables' }).click();
    release();
    await answered;
    await page.waitForTimeout(300);
    expect(await page.locator('.step-results, .out-count').count()).toBe(0);
    await page.unroute('**/analytics*');
  });

  it('lists each flow’s sessions of the week, and says so when no one went through a flow', async () => {
    await page.goto(`${harness.url}/flows`);
    const sessionsOf = (id: string) => page.locator(`tr:has(a[href="/flows/${id}"]) .flows__sessions`);
    expect(await sessionsOf('lead-qualification').textContent()).toBe('4');
    expect(await sessionsOf('support-triage').textContent()).toBe('–');

    await page.goto(`${harness.url}/flows/support-triage`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByText('Not published yet').waitFor();
    expect(await page.locator('.step-results').first().textContent()).toContain('Not reached');
  });

  it('tells a number’s sessions apart once the workspace has more than one (the sandbox is a test number)', async () => {
    await page.goto(`${harness.url}/flows/lead-qualification`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByTestId('results-summary').waitFor();
    expect(await page.getByTestId('results-channel').count()).toBe(0); // one number: nothing to choose

    const connected = await harness.api<{ id: string }>('POST', '/channels', {
      phoneNumberId: '20000000400',
      displayPhoneNumber: '+34 600 000 400',
      accessToken: 'results-access-token',
      appSecret: 'results-app-secret',
    });
    expect(connected.status).toBe(201);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.getByTestId('results-summary').waitFor();
    const channel = page.getByTestId('results-channel');
    await channel.waitFor();

    const ofTheNumber = page.waitForResponse((response) => response.url().includes(`channel=${connected.body.id}`));
    await channel.selectOption({ label: '+34 600 000 400' });
    expect((await ofTheNumber).status()).toBe(200);
    await page.getByText('No sessions in this period').waitFor();

    const ofTheSandbox = page.waitForResponse((response) => response.url().includes('channel='));
    await channel.selectOption({ label: 'Sandbox (test)' });
    expect((await ofTheSandbox).status()).toBe(200);
    await page.getByTestId('results-summary').waitFor();
    expect(await stat('started')).toBe('4');
  });
});
