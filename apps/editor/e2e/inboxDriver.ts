import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ARTIFACTS_DIR, type EditorHarness } from './editorHarness.ts';

/** Screenshots of the inbox and CRM pages land in .artifacts/inbox/. */
export const INBOX_SHOTS = join(ARTIFACTS_DIR, '..', 'inbox');

/** What the sandbox answers for a customer message. */
export interface Inbound {
  wamid: string;
  conversationId: string;
  contactId: string;
  sessionId: string | null;
  replies: { sender: string; content: { message?: { type: string; text?: { body: string } } } }[];
}

/** A customer writes to the sandbox number (through the real webhook code path). */
export async function customerSays(harness: EditorHarness, from: string, body: Record<string, unknown>) {
  const answer = await harness.api<Inbound>('POST', '/sandbox/inbound', { from, ...body });
  if (answer.status !== 200) throw new Error(`sandbox inbound failed: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** Moves the server's test clock. */
export async function advanceClock(harness: EditorHarness, ms: number) {
  const answer = await harness.api<{ now: number }>('POST', '/test/clock', { advanceMs: ms });
  if (answer.status !== 200) throw new Error(`clock: ${JSON.stringify(answer.body)}`);
  return answer.body.now;
}

/** A conversation's row in the list. */
export function row(page: Page, waId: string) {
  return page.locator(`[data-testid="conversation-row"][data-wa-id="${waId}"]`);
}

/** Opens the inbox and waits until the list is loaded and the event stream is connected. */
export async function openInbox(harness: EditorHarness, path = '/inbox') {
  const { context, page } = await harness.signedInPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.url}${path}`);
  await page.locator('[data-testid="inbox-live"].is-on').waitFor({ timeout: 20_000 });
  return { context, page, errors };
}

type Box = { x: number; y: number; width: number; height: number };

/** An element's bounding box; fails when it is not rendered. */
export async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`not visible: ${locator}`);
  return found;
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Whether `inner` lies wholly inside `outer` (half a pixel of rounding allowed). */
export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x - 0.5 &&
    inner.y >= outer.y - 0.5 &&
    inner.x + inner.width <= outer.x + outer.width + 0.5 &&
    inner.y + inner.height <= outer.y + outer.height + 0.5
  );
}
