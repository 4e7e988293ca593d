import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';

// Screenshots of the product for people to look at (.artifacts/editor/*.png), taken on the example flows the server
// seeds. Each also checks the page drew what the picture is about and logged no error.
let harness: EditorHarness;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  harness = await startEditorHarness();
  ({ page } = await harness.signedInPage({ width: 1440, height: 900 }));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

afterAll(async () => {
  await harness?.close();
});

async function openLaidOut(flowId: string) {
  await page.goto(`${harness.url}/flows/${flowId}`);
  await page.locator('.react-flow__node').first().waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Shift+L');
  await page.waitForTimeout(600);
}

/** The canvas's zoom, read from React Flow's viewport transform. */
async function zoom(): Promise<number> {
  return page.evaluate(() => {
    const transform = getComputedStyle(document.querySelector('.react-flow__viewport') as Element).transform;
    return new DOMMatrixReadOnly(transform).a;
  });
}

/** Zooms in to a readable size around the first trigger card, which a fitted view shows at the left. */
async function zoomToStart(target = 0.72) {
  await page.keyboard.press('f');
  await page.waitForTimeout(400);
  const box = await page.locator('.trigger-card').first().boundingBox();
  if (!box) return;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  for (let i = 0; i < 12 && (await zoom()) < target; i++) {
    await page.mouse.wheel(0, -100);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
}

/** Selects the first step of `type` and centres the canvas on it (its panel opens on the right). */
async function showStep(type: string) {
  await page.evaluate((stepType) => {
    type State = {
      graph: { nodes: { id: string; type: string }[] };
      select(selection: { nodeIds: string[] }): void;
      requestReveal(id: string): void;
    };
    const store = (window as unknown as { salesbotEditor: { store: { getState(): State } } }).salesbotEditor.store;
    const node = store.getState().graph.nodes.find((n) => n.type === stepType);
    if (!node) throw new Error(`no ${stepType} step`);
    store.getState().select({ nodeIds: [node.id] });
    store.getState().requestReveal(node.id);
  }, type);
  await page.waitForTimeout(800);
}

describe('screenshots', () => {
  it('the flows list', async () => {
    await page.goto(`${harness.url}/flows`);
    await page.locator('.flows__row').first().waitFor();
    expect(await page.locator('.flows__row').count()).toBeGreaterThan(3);
    await harness.screenshot(page, 'flows-list');
  });

  it('a canvas with an example flow, laid out', async () => {
    await openLaidOut('lead-qualification');
    await harness.screenshot(page, 'canvas-overview');
    await zoomToStart();
    expect(await page.locator('.react-flow__node-buttons').count()).toBeGreaterThan(0);
    await harness.screenshot(page, 'canvas');
  });

  it('the side panel of a step', async () => {
    await page.locator('.react-flow__node-buttons .node-card__header').first().click();
    await page.getByTestId('step-panel').waitFor();
    await harness.screenshot(page, 'side-panel');
  });

  it('the problems panel with a problem selected', async () => {
    const title = page.locator('[data-testid=step-panel] input[data-path="buttons.0.title"]');
    await title.fill('A title far too long for WhatsApp');
    await page.getByTestId('problems-toggle').click();
    await page.getByTestId('problems-panel').locator('.problem').first().waitFor();
    await harness.screenshot(page, 'problems');
    await page.keyboard.press('Control+z');
  });

  it('lists, Flows, carousels and templates with their panels', async () => {
    const shown: [string, string][] = [
      ['appointment-booking', 'list'],
      ['event-registration', 'whatsappFlow'],
      ['re-engagement', 'carousel'],
      ['order-update', 'template'],
    ];
    for (const [flowId, type] of shown) {
      await openLaidOut(flowId);
      await showStep(type);
      expect(await page.locator(`.react-flow__node-${type}.selected .node-card`).count()).toBe(1);
      await harness.screenshot(page, `step-${type}`);
    }
    expect(errors).toEqual([]);
  });
});
