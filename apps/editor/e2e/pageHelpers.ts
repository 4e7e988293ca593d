import type { Locator, Page } from 'playwright-core';

/** Drags from the centre of `from` to the centre of `to` with real mouse events (React Flow connections, moves). */
export async function dragMouse(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: an element is not visible');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 20, a.y + a.height / 2 + 10, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
  await page.mouse.up();
}

/** Drops a palette step onto the canvas at `at` (relative to the canvas pane) with HTML5 drag and drop. */
export async function dropStep(page: Page, type: string, at: { x: number; y: number }) {
  await page.dragAndDrop(`[data-step-type="${type}"]`, '.react-flow__pane', { targetPosition: at });
}

/** Polls `read` until `accept` holds (or fails with the last value after `timeoutMs`). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
    value = await read();
  }
  return value;
}

/** The open editor's graph, read from its store (exposed on window for tests). */
export function readGraph(page: Page) {
  return page.evaluate(() => {
    const editor = (window as unknown as { salesbotEditor?: { store: { getState(): { graph: unknown } } } })
      .salesbotEditor;
    return JSON.parse(JSON.stringify(editor?.store.getState().graph ?? null)) as {
      id: string;
      nodes: { id: string; type: string; data: Record<string, unknown> }[];
      edges: { id: string; source: string; sourceHandle: string; target: string }[];
      triggers: { id: string; nodeId: string | null }[];
    };
  });
}

/**
 * Draws the usual test bot on an empty canvas: a reply-buttons step asking `question`, whose two choices lead to a
 * text step each (`yes`, `no`), started by the first trigger. Returns the graph once all of it is connected.
 */
export async function drawButtonsBot(page: Page, bodies: { question: string; yes: string; no: string }) {
  const body = page.locator('[data-testid=step-panel] textarea[data-path="body"]');
  await dropStep(page, 'buttons', { x: 230, y: 260 });
  const buttons = page.locator('.react-flow__node-buttons');
  await buttons.waitFor();
  await body.fill(bodies.question);
  await dropStep(page, 'text', { x: 560, y: 90 });
  await body.fill(bodies.yes);
  await dropStep(page, 'text', { x: 560, y: 560 });
  await body.fill(bodies.no);

  await dragMouse(page, page.locator('.trigger-card .out-handle'), buttons.locator('.in-handle'));
  const texts = page.locator('.react-flow__node-text');
  await dragMouse(page, buttons.locator('.choice .out-handle').nth(0), texts.nth(0).locator('.in-handle'));
  await dragMouse(page, buttons.locator('.choice .out-handle').nth(1), texts.nth(1).locator('.in-handle'));

  return until(
    () => readGraph(page),
    (g) => g.edges.length === 2 && g.triggers[0]?.nodeId !== null,
  );
}

/** The canvas's zoom (React Flow's viewport transform). */
export function canvasZoom(page: Page): Promise<number> {
  return page.$eval('.react-flow__viewport', (element) => new DOMMatrix(getComputedStyle(element).transform).a);
}

/** Pairs of drawn cards (steps and trigger cards) that overlap, with the overlap in flow pixels. */
export async function overlappingCards(page: Page): Promise<string[]> {
  const zoom = await canvasZoom(page);
  const cards = await page.$$eval('.react-flow__node', (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return { id: element.getAttribute('data-id') ?? '?', x: box.x, y: box.y, width: box.width, height: box.height };
    }),
  );
  const overlaps: string[] = [];
  cards.forEach((a, i) => {
    for (const b of cards.slice(i + 1)) {
      const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (across > 1 && down > 1)
        overlaps.push(`${a.id} × ${b.id} (${Math.round(across / zoom)}×${Math.round(down / zoom)})`);
    }
  });
  return overlaps;
}
