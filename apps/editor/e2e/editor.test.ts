import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { canvasZoom, drawButtonsBot, dropStep, overlappingCards, readGraph, until } from './pageHelpers.ts';

let harness: EditorHarness;
let page: Page;
let flowId = '';

beforeAll(async () => {
  harness = await startEditorHarness();
  ({ page } = await harness.signedInPage());
});

afterEach(async (context) => {
  // A failing step leaves a picture of the page behind for whoever reads the failure.
  if (context.task.result?.state === 'fail' && page) {
    await harness.screenshot(page, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`).catch(() => {});
  }
});

afterAll(async () => {
  await harness?.close();
});

describe('the editor in a browser', () => {
  it('asks for the admin token once and explains a wrong one', async () => {
    const context = await harness.browser.newContext();
    try {
      const fresh = await context.newPage();
      await fresh.goto(`${harness.url}/flows`);
      await fresh.getByLabel('Admin token').fill('not-the-token');
      await fresh.getByRole('button', { name: 'Continue' }).click();
      await fresh.getByText('That token was not accepted').waitFor();
      await fresh.getByLabel('Admin token').fill(harness.token);
      await fresh.getByRole('button', { name: 'Continue' }).click();
      await fresh.getByRole('heading', { name: 'Flows' }).waitFor();
      expect(await fresh.evaluate(() => localStorage.getItem('salesbot.adminToken'))).toBe(harness.token);
    } finally {
      await context.close();
    }
  });

  it('builds a bot from an empty canvas by drag and drop: trigger → buttons → two branches', async () => {
    await page.goto(`${harness.url}/flows`);
    await page.getByRole('button', { name: 'New flow' }).first().click();
    await page.getByLabel('Name').fill('E2E demo bot');
    await page.getByRole('button', { name: 'Create flow' }).click();
    await page.waitForURL(/\/flows\/[^/]+$/);
    flowId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByText('Start your bot').waitFor();

    const graph = await drawButtonsBot(page, {
      question: 'Want a demo of *Salesbot*?',
      yes: 'Great, pick a time: https://cal.example/demo',
      no: 'No problem, talk soon!',
    });
    const buttonsNode = graph.nodes.find((n) => n.type === 'buttons');
    const textIds = graph.nodes.filter((n) => n.type === 'text').map((n) => n.id);
    expect(graph.triggers[0]?.nodeId).toBe(buttonsNode?.id);
    const choiceIds = ((buttonsNode?.data.buttons ?? []) as { id: string }[]).map((b) => b.id);
    expect(graph.edges.map((e) => [e.source, e.sourceHandle, e.target])).toEqual([
      [buttonsNode?.id, choiceIds[0], textIds[0]],
      [buttonsNode?.id, choiceIds[1], textIds[1]],
    ]);
    await harness.screenshot(page, 'e2e-built-bot');
  });

  it('shows a limit error for a 21-character button title and clears it when fixed', async () => {
    await page.locator('.react-flow__node-buttons .node-card__header').click();
    const title = page.locator('[data-testid=step-panel] input[data-path="buttons.0.title"]');
    await title.fill('Yes, show me the demo');
    expect('Yes, show me the demo').toHaveLength(21);
    const counter = title
      .locator('xpath=ancestor::div[contains(@class,"pfield")][1]')
      .locator('[data-testid=limit-counter]');
    await until(
      () => counter.textContent(),
      (text) => text === '21 / 20',
    );
    expect(await counter.getAttribute('class')).toContain('counter--over');
    await page.locator('.react-flow__node-buttons .problem-badge--error').waitFor();
    await page.locator('[data-testid=step-panel] .pfield--error').getByText('20').first().waitFor();
    await harness.screenshot(page, 'e2e-limit-error');

    await title.fill('Yes, show me');
    await until(
      () => counter.textContent(),
      (text) => text === '12 / 20',
    );
    await page.locator('.react-flow__node-buttons .problem-badge--error').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid=step-panel] .pfield--error').count()).toBe(0);
  });

  it('undoes and redoes edits', async () => {
    const body = page.locator('[data-testid=step-panel] textarea[data-path="body"]');
    await body.fill('Changed body');
    await until(
      () => readGraph(page),
      (g) => g.nodes.some((n) => n.data.body === 'Changed body'),
    );
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Control+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.some((n) => n.data.body === 'Want a demo of *Salesbot*?'),
    );
    await page.keyboard.press('Control+Shift+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.some((n) => n.data.body === 'Changed body'),
    );
    await page.keyboard.press('Control+z');
    await until(
      () => readGraph(page),
      (g) => !g.nodes.some((n) => n.data.body === 'Changed body'),
    );

    // Deleting a step takes its edges with it; undo brings all back in one step.
    const before = await readGraph(page);
    await page.locator('.react-flow__node-text').first().locator('.node-card__header').click();
    await page.locator('.react-flow__pane').hover({ position: { x: 40, y: 40 } });
    await page.keyboard.press('Delete');
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === before.nodes.length - 1 && g.edges.length === before.edges.length - 1,
    );
    await page.keyboard.press('Control+y');
    await page.keyboard.press('Control+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === before.nodes.length && g.edges.length === before.edges.length,
    );
  });

  it('copies and pastes a step with a new id (Ctrl+C, Ctrl+V), undoably', async () => {
    const before = await readGraph(page);
    await page.locator('.react-flow__node-text').first().locator('.node-card__header').click();
    await page.locator('.react-flow__pane').hover({ position: { x: 60, y: 500 } });
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    const pasted = await until(
      () => readGraph(page),
      (g) => g.nodes.length === before.nodes.length + 1,
    );
    const copy = pasted.nodes.find((n) => !before.nodes.some((b) => b.id === n.id));
    expect(copy?.type).toBe('text');
    expect(copy?.data).toEqual(before.nodes.find((n) => n.type === 'text')?.data);
    await page.keyboard.press('Control+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === before.nodes.length,
    );
  });

  it('saves, and the flow is there after a reload', async () => {
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 15_000 });
    const saved = await readGraph(page);
    await page.reload();
    await page.locator('.react-flow__node-buttons').waitFor();
    const reloaded = await readGraph(page);
    expect(reloaded.nodes).toEqual(saved.nodes);
    expect(reloaded.edges).toEqual(saved.edges);
    expect(reloaded.triggers).toEqual(saved.triggers);
    expect(await page.locator('.react-flow__node-buttons').textContent()).toContain('Want a demo of Salesbot?');
  });

  it('refuses to publish with errors, then publishes', async () => {
    // An empty message is an error: publishing is refused with the diagnostics shown.
    await page.locator('.react-flow__node-text').first().locator('.node-card__header').click();
    await page.locator('[data-testid=step-panel] textarea[data-path="body"]').fill('');
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-refused').waitFor();
    expect(await page.getByTestId('publish-refused').locator('li').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'OK', exact: true }).click();

    await page
      .locator('[data-testid=step-panel] textarea[data-path="body"]')
      .fill('Great, pick a time: https://cal.example/demo');
    await page.getByTestId('publish').click();
    await page.getByText('Published version 1').waitFor();
    await page.getByText('Live · v1').first().waitFor();
    const flow = await harness.api<{ publishedVersion: number }>('GET', `/flows/${encodeURIComponent(flowId)}`);
    expect(flow.body.publishedVersion).toBe(1);
  });

  it('opens a published version read-only, shows what the draft changed, and restores it (undoably)', async () => {
    await page.locator('.react-flow__node-text').first().locator('.node-card__header').click();
    await page.locator('[data-testid=step-panel] textarea[data-path="body"]').fill('Edited after publishing');
    await dropStep(page, 'end', { x: 380, y: 620 });
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === 4,
    );

    await page.getByRole('tab', { name: 'History' }).click();
    await page.locator('[data-version="1"]').click();
    await page.getByText('Viewing version 1').waitFor();
    const diff = page.getByTestId('version-diff');
    await diff.waitFor();
    expect(await diff.textContent()).toMatch(/Steps added in the draft\s*1/);
    expect(await diff.textContent()).toMatch(/Steps edited\s*1.*— body/);
    // the version's canvas is read-only: its steps cannot be dragged or deleted
    expect(await page.locator('.react-flow__node-text.draggable').count()).toBe(0);
    await harness.screenshot(page, 'e2e-version-diff');

    await page.getByTestId('restore-version').click();
    await page.getByText('Viewing version 1').waitFor({ state: 'detached' });
    const restored = await until(
      () => readGraph(page),
      (g) => g.nodes.length === 3,
    );
    expect(restored.nodes.some((n) => n.data.body === 'Edited after publishing')).toBe(false);
    await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
    await page.keyboard.press('Control+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === 4,
    );
    await page.keyboard.press('Control+Shift+z');
    await until(
      () => readGraph(page),
      (g) => g.nodes.length === 3,
    );
  });

  it('exports the flow file and imports it (and refuses a broken one, saying where)', async () => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${flowId}.json`);
    const file = join(ARTIFACTS_DIR, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { id: string; name: string; nodes: unknown[] };
    expect(exported.id).toBe(flowId);
    expect(exported.nodes).toHaveLength(3);

    await page.goto(`${harness.url}/flows`);
    await page.getByText('E2E demo bot').first().waitFor();
    const copy = { ...exported, id: 'e2e-imported', name: 'Imported demo' };
    const copyFile = join(ARTIFACTS_DIR, 'e2e-imported.json');
    writeFileSync(copyFile, JSON.stringify(copy));
    await page.getByTestId('import-input').setInputFiles(copyFile);
    await page.getByText('Imported “Imported demo”').waitFor();
    await page.getByRole('link', { name: /Imported demo/ }).waitFor();
    const imported = await harness.api<{ draft: { nodes: unknown[] } }>('GET', '/flows/e2e-imported');
    expect(imported.body.draft.nodes).toHaveLength(3);

    const broken = { ...copy, id: 'broken', nodes: [{ id: 'x', type: 'buttons', data: { body: 7, buttons: [] } }] };
    const brokenFile = join(ARTIFACTS_DIR, 'e2e-broken.json');
    writeFileSync(brokenFile, JSON.stringify(broken));
    await page.getByTestId('import-input').setInputFiles(brokenFile);
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('Step x › body');
    await harness.screenshot(page, 'e2e-import-problems');
  });

  it('opens a small flow whole and a wide one at its start, readable; the examples have no overlapping cards', async () => {
    // The three-step bot drawn above fits at a readable zoom: it opens whole.
    await page.goto(`${harness.url}/flows/${flowId}`);
    await page.locator('.react-flow__node').first().waitFor();
    await until(
      () => page.locator('.react-flow__node').count(),
      (count) => count === 4,
    );
    expect(await canvasZoom(page)).toBeGreaterThanOrEqual(0.5);

    // Lead qualification is too wide for that: it opens at its trigger, at a zoom whose text can be read.
    await page.goto(`${harness.url}/flows/lead-qualification`);
    const trigger = page.locator('.react-flow__node[data-id="trigger:first-message"]');
    await trigger.waitFor();
    expect(await canvasZoom(page)).toBeGreaterThanOrEqual(0.5);
    const pane = (await page.locator('.react-flow__pane').boundingBox())!;
    const card = (await trigger.boundingBox())!;
    expect(card.x).toBeGreaterThanOrEqual(pane.x);
    expect(card.x + card.width).toBeLessThanOrEqual(pane.x + pane.width);

    // Auto-layout right after opening a wide flow, most of its cards out of view: none overlap. (React Flow measured
    // every card it was given once; a big flow is not given them all — below.)
    await page.goto(`${harness.url}/flows/appointment-booking`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Shift+L');
    await until(
      () => page.locator('.react-flow__node').count(),
      (count) => count === 25,
    );
    await page.waitForTimeout(600);
    expect(await overlappingCards(page)).toEqual([]);
    await page.keyboard.press('Control+z');

    // A big flow's canvas is given only the steps around the view, so most cards were never drawn when it opens:
    // auto-layout brings them all into view and waits for their sizes (40 menus, each opening three tall lists).
    const rows = Array.from({ length: 10 }, (_, i) => ({ id: `row_${i}`, title: `Option ${i + 1}` }));
    const nodes: unknown[] = [];
    const edges: unknown[] = [];
    for (let g = 0; g < 40; g++) {
      const buttons = ['a', 'b', 'c'].map((id) => ({ id, title: `Pick ${id}` }));
      nodes.push({
        id: `menu_${g}`,
        type: 'buttons',
        position: { x: 0, y: g * 1400 },
        data: { body: 'Pick', buttons },
      });
      buttons.forEach(({ id }, i) => {
        const data = { body: 'Choose one', buttonLabel: 'Options', sections: [{ rows }] };
        nodes.push({ id: `list_${g}_${id}`, type: 'list', position: { x: 400 + i * 400, y: g * 1400 }, data });
        edges.push({ id: `e_${g}_${id}`, source: `menu_${g}`, sourceHandle: id, target: `list_${g}_${id}` });
      });
    }
    const big = { schemaVersion: 1, id: 'e2e-big', name: 'E2E big', triggers: [], variables: [], nodes, edges };
    expect((await harness.api('POST', '/flows', { graph: big })).status).toBe(201);
    await page.goto(`${harness.url}/flows/e2e-big`);
    await page.locator('.react-flow__node').first().waitFor();
    expect(await page.locator('.react-flow__node').count()).toBeLessThan(160);
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.keyboard.press('Shift+L');
    await page.waitForTimeout(1500);
    // The laid-out flow is a tall column of lists: the cards in view after the fit are checked.
    expect(await page.locator('.react-flow__node').count()).toBeGreaterThan(10);
    expect(await overlappingCards(page)).toEqual([]);

    // Every example flow, as the server seeds it, seen whole.
    const { body } = await harness.api<{ id: string }[]>('GET', '/flows');
    const examples = body.map((flow) => flow.id).filter((id) => !id.startsWith('e2e') && id !== 'broken');
    expect(examples).toContain('appointment-booking');
    for (const id of examples) {
      await page.goto(`${harness.url}/flows/${id}`);
      await page.locator('.react-flow__node').first().waitFor();
      await page.getByRole('button', { name: 'Fit view' }).click();
      await page.waitForTimeout(500);
      expect({ id, overlaps: await overlappingCards(page) }).toEqual({ id, overlaps: [] });
    }
  });
});
