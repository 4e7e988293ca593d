import type { BotExpectation, ScriptConversation, ScriptStep, SessionExpectation } from '@salesbot/engine';
import type { OutboundMessage } from '@salesbot/whatsapp';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';

/**
 * Drives the preview pane like a tester: opens a flow with the pane, sets a conversation up, performs a script's
 * steps with the UI (typing, tapping, the list sheet, the Flow form, the clock, the webhook card) and checks the
 * rendered transcript against the script's `bot` and `expect` steps.
 */
export interface PreviewPage {
  context: BrowserContext;
  page: Page;
  pane: Locator;
  phone: Locator;
}

/** A signed-in page in UTC (bubble times are local) with the flow open and the preview pane showing. */
export async function openPreview(
  harness: EditorHarness,
  flowId: string,
  viewport = { width: 1440, height: 1000 },
): Promise<PreviewPage> {
  const context = await harness.browser.newContext({
    viewport,
    timezoneId: 'UTC',
    locale: 'en-GB',
    acceptDownloads: true,
  });
  await context.addInitScript((value) => window.localStorage.setItem('salesbot.adminToken', value), harness.token);
  const page = await context.newPage();
  // Everything in the preview is local and immediate: a missing element is a failure, not a slow server.
  page.setDefaultTimeout(8000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${harness.url}/flows/${flowId}`);
  // Opening a flow (canvas, validation worker) is the slow part on a busy machine: give it its own time.
  await page.locator('.react-flow__node').first().waitFor({ timeout: 30_000 });
  await page.getByTestId('preview-toggle').click({ timeout: 30_000 });
  const pane = page.getByTestId('preview-pane');
  await pane.waitFor();
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  return { context, page, pane, phone: pane.getByTestId('preview-phone') };
}

/**
 * For a `describe` of preview tests: starts an editor harness before its tests and, after them, closes every
 * preview opened with `open` and the harness.
 */
export function previewSuite() {
  let started: EditorHarness | undefined;
  const opened: PreviewPage[] = [];
  beforeAll(async () => {
    started = await startEditorHarness();
  });
  afterAll(async () => {
    for (const preview of opened) await preview.context.close().catch(() => {});
    await started?.close();
  });
  const harness = () => {
    if (!started) throw new Error('the editor harness is not started (use it inside a test)');
    return started;
  };
  return {
    harness,
    /** Opens `flowId` with the preview pane showing (see `openPreview`). */
    async open(flowId: string) {
      const preview = await openPreview(harness(), flowId);
      opened.push(preview);
      return preview;
    },
  };
}

/** Restarts the run with the conversation's clock, contact and channel. */
export async function setUpConversation(preview: PreviewPage, conversation: ScriptConversation) {
  const { pane } = preview;
  await pane.getByTestId('preview-restart').click();
  await openTab(pane, 'setup');
  await pane.getByTestId('setup-start').fill(conversation.start.replace(/:\d\d(\.\d+)?Z$/, '').replace(/Z$/, ''));
  const waId = pane.getByTestId('setup-waid');
  await waId.fill(conversation.contact?.waId ?? '15551234567');
  await waId.press('Enter');
  await pane.getByTestId('setup-verified').setChecked(conversation.channel?.businessVerified ?? true);
  await openTab(pane, 'contact');
  const name = pane.getByLabel('Name', { exact: true });
  await name.fill(conversation.contact?.name ?? 'Ana López');
  await name.press('Enter');
  // The previous conversation's contact is still there: clear its tags and fields first.
  const contactPanel = pane.getByTestId('contact-panel');
  while ((await contactPanel.locator('[data-tag] button').count()) > 0) {
    await contactPanel.locator('[data-tag] button').first().click();
  }
  while ((await contactPanel.locator('[data-field] input').count()) > 0) {
    const input = contactPanel.locator('[data-field] input').first();
    await input.fill('');
    await input.press('Enter');
  }
  for (const tag of conversation.contact?.tags ?? []) {
    const input = pane.getByLabel('Add a tag');
    await input.fill(tag);
    await input.press('Enter');
  }
  for (const [field, value] of Object.entries(conversation.contact?.fields ?? {})) {
    await pane.getByLabel('New field name').fill(field);
    await pane.getByTestId('contact-panel').getByRole('button', { name: 'Add' }).click();
    const input = pane.locator(`[data-field="${field}"] input`);
    await input.fill(value);
    await input.press('Enter');
  }
  await closeTabs(pane);
  if ((await actionCount(pane)) !== 0) throw new Error('the setup left actions in the run');
}

/** Performs one action step through the UI and waits for the run to take it. */
export async function performStep(preview: PreviewPage, step: ScriptStep) {
  const { page, pane, phone } = preview;
  // Beside the canvas an open details drawer covers the lower part of the phone.
  await closeTabs(pane);
  const before = await actionCount(pane);
  if ('customer' in step) {
    const input = step.customer;
    if (input.referral) {
      await phone.getByTestId('referral-toggle').click();
      const form = phone.getByTestId('referral-form');
      await form.getByLabel('Source type').selectOption(input.referral.sourceType);
      await form.getByLabel('Source id').fill(input.referral.sourceId ?? '');
      await form.getByLabel('Headline').fill(input.referral.headline ?? '');
    }
    if ('text' in input) {
      const composer = phone.getByTestId('composer-input');
      await composer.fill(input.text);
      await composer.press('Enter');
    } else if ('button' in input) {
      await phone.locator(`.pv-tap[data-kind="button"][data-choice="${input.button}"]`).last().click();
    } else if ('quickReply' in input) {
      await phone.locator(`.pv-tap[data-kind="quickReply"][data-choice="${input.quickReply}"]`).last().click();
    } else if ('list' in input) {
      await phone.locator('.pv-row--bot[data-kind="list"] .wa-inline-action').last().click();
      const sheet = phone.getByTestId('list-sheet');
      await sheet.locator(`[data-row="${input.list}"]`).click();
      await sheet.getByRole('button', { name: 'Send' }).click();
    } else if ('flow' in input) {
      await submitFlow(phone, input.flow);
    } else {
      throw new Error(`the driver does not send ${JSON.stringify(input)}`);
    }
  } else if ('advance' in step) {
    const field = pane.getByLabel('Move the clock by');
    await field.fill(step.advance);
    await field.press('Enter');
  } else if ('webhook' in step) {
    const card = phone.getByTestId('webhook-card');
    const answer = step.webhook;
    if (answer.error !== undefined || answer.status === 0) {
      await card.getByRole('button', { name: 'Network error' }).click();
    } else {
      await card.getByLabel('Response status').fill(String(answer.status ?? 200));
      await card.getByLabel('Response body (JSON)').fill(answer.body === undefined ? '' : JSON.stringify(answer.body));
      await card.getByRole('button', { name: 'Send response' }).click();
    }
  } else if ('start' in step) {
    const options = phone.getByTestId('start-options');
    await options.getByTestId(`start-api-${step.start.trigger}`).click();
    for (const [name, value] of Object.entries(step.start.variables ?? {})) {
      await options.locator(`input[data-variable="${name}"]`).fill(value);
    }
    await options.getByRole('button', { name: 'Start', exact: true }).click();
  } else if ('stage' in step) {
    await openTab(pane, 'contact');
    await pane.getByLabel('Pipeline').fill(step.stage.pipeline);
    await pane.getByLabel('Stage', { exact: true }).fill(step.stage.stage);
    await pane.getByTestId('contact-panel').getByRole('button', { name: 'Move' }).click();
    await closeTabs(pane);
  } else {
    throw new Error(`not an action step: ${JSON.stringify(step)}`);
  }
  await waitForActions(page, pane, before + 1);
}

/** Fills the open Flow screen by screen with the answers (checkboxes ticked in the order given) and submits. */
async function submitFlow(phone: Locator, answers: Record<string, unknown>) {
  const offer = phone.locator('.pv-row--bot[data-flow-cta]').last();
  const cta = await offer.getAttribute('data-flow-cta');
  await offer
    .locator('.wa-inline-action', { hasText: cta ?? '' })
    .first()
    .click();
  const form = phone.getByTestId('flow-form');
  for (let screen = 0; screen < 10 && (await form.count()) > 0; screen++) {
    const fields = form.locator('[data-screen] [data-field]');
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      const name = (await field.getAttribute('data-field')) ?? '';
      const value = answers[name];
      if (value === undefined) continue;
      const tag = await field.evaluate((element) => element.tagName.toLowerCase());
      if (tag === 'select') await field.selectOption(String(value));
      else if (tag === 'fieldset') {
        for (const option of Array.isArray(value) ? value : [value]) {
          await field.locator(`[data-option="${String(option)}"] input`).check();
        }
      } else await field.fill(String(value));
    }
    await form.getByTestId('flow-next').click();
  }
}

/** The bot rows drawn so far. */
export function botRows(preview: PreviewPage): Locator {
  return preview.phone.locator('[data-testid="preview-transcript"] .pv-row--bot');
}

/**
 * Checks that the bubbles drawn from `from` on are the script's `bot` messages: the same kinds in the same order,
 * each showing its texts (formatting marks aside), templates marked with their name, and the price badges.
 */
export async function checkBotStep(preview: PreviewPage, from: number, expected: readonly BotExpectation[]) {
  const rows = botRows(preview);
  const count = await rows.count();
  const where = `bot messages ${from + 1}–${count}`;
  if (count - from !== expected.length) {
    throw new Error(`${where}: the preview shows ${count - from} new message(s), the script lists ${expected.length}`);
  }
  for (const [i, entry] of expected.entries()) {
    const { message, price } = splitExpectation(entry);
    const row = rows.nth(from + i);
    const kind = await row.getAttribute('data-kind');
    const expectedKind = message.type === 'interactive' ? message.interactive.type : message.type;
    if (kind !== expectedKind) throw new Error(`${where}[${i}]: a ${kind} bubble, the script has ${expectedKind}`);
    // What is rendered, not the DOM's text: a hidden element must not pass for a shown one.
    // biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
    const shown = normalize(await row.innerText());
    for (const text of expectedTexts(message)) {
      if (!shown.includes(normalize(text))) {
        throw new Error(`${where}[${i}]: “${text}” is not shown; the bubble reads “${shown}”`);
      }
    }
    if (message.type === 'template') {
      const name = await row.locator('[data-template]').getAttribute('data-template');
      if (name !== message.template.name)
        throw new Error(`${where}[${i}]: template ${name}, expected ${message.template.name}`);
    }
    if (price) {
      const badge = await row.locator('.pv-price').getAttribute('data-price');
      if (badge !== price) throw new Error(`${where}[${i}]: price badge ${badge}, the script says ${price}`);
    }
  }
}

/** Checks an `expect` step against the Session and Contact panels and the chat. */
export async function checkExpectation(preview: PreviewPage, expect: SessionExpectation) {
  const { pane, phone } = preview;
  await openTab(pane, 'session');
  const status = pane.getByTestId('session-panel').locator('.pv-panel__status');
  const problems: string[] = [];
  const same = (what: string, expected: unknown, actual: unknown) => {
    if (JSON.stringify(expected) !== JSON.stringify(actual)) {
      problems.push(`${what}: expected ${JSON.stringify(expected)}, shown ${JSON.stringify(actual)}`);
    }
  };
  if (expect.status) same('status', expect.status, await status.getAttribute('data-status'));
  if (expect.node) same('node', expect.node, await status.getAttribute('data-node'));
  if (expect.endReason)
    same('endReason', expect.endReason, await status.locator('[data-end]').getAttribute('data-end'));
  for (const [name, value] of Object.entries(expect.variables ?? {})) {
    same(`variables.${name}`, value, await pane.locator(`[data-variable="${name}"] input`).inputValue());
  }
  if (expect.handoff?.team) {
    const ended = (await phone.locator('[data-notice="ended"]').last().textContent()) ?? '';
    if (!ended.includes(expect.handoff.team)) problems.push(`handoff: “${ended}” does not name ${expect.handoff.team}`);
  }
  if (expect.webhook) {
    const card = phone.getByTestId('webhook-card');
    if (expect.webhook.url)
      same('webhook.url', expect.webhook.url, await card.getByTestId('webhook-url').textContent());
    if (expect.webhook.body !== undefined) {
      const body = (await card.getByTestId('webhook-body').textContent()) ?? '';
      same('webhook.body', expect.webhook.body, typeof expect.webhook.body === 'string' ? body : JSON.parse(body));
    }
  }
  if (expect.contact) {
    await openTab(pane, 'contact');
    const contact = pane.getByTestId('contact-panel');
    if (expect.contact.tags) {
      const tags = await contact
        .locator('[data-tag]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-tag')));
      same('contact.tags', [...expect.contact.tags].sort(), [...tags].sort());
    }
    for (const [name, value] of Object.entries(expect.contact.fields ?? {})) {
      same(`contact.fields.${name}`, value, await contact.locator(`[data-field="${name}"] input`).inputValue());
    }
    if (expect.contact.stage) {
      const text = (await contact.getByTestId('contact-stage').textContent()) ?? '';
      same(
        'contact.stage',
        `${expect.contact.stage.pipeline} › ${expect.contact.stage.stage}`,
        text.replace(/^Now in /, ''),
      );
    }
  }
  await closeTabs(pane);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** Plays a whole conversation: each action through the UI, each `bot`/`expect` checked on what is drawn. */
export async function playConversation(preview: PreviewPage, conversation: ScriptConversation) {
  await setUpConversation(preview, conversation);
  let seen = 0;
  for (const [index, step] of conversation.steps.entries()) {
    const label = `${conversation.name} › step ${index + 1} (${Object.keys(step)[0]})`;
    try {
      if ('bot' in step) {
        await checkBotStep(preview, seen, step.bot);
        seen += step.bot.length;
      } else if ('expect' in step) {
        await checkExpectation(preview, step.expect);
      } else {
        const drawn = await botRows(preview).count();
        if (drawn !== seen) throw new Error(`${drawn - seen} bot message(s) the script does not list`);
        await performStep(preview, step);
      }
    } catch (error) {
      throw new Error(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const drawn = await botRows(preview).count();
  if (drawn !== seen) throw new Error(`${conversation.name}: ${drawn - seen} bot message(s) after the last step`);
}

/** The texts a message shows in its bubble: body, header, footer, button labels, template parameters. */
export function expectedTexts(message: OutboundMessage): string[] {
  switch (message.type) {
    case 'text':
      return [message.text.body];
    case 'interactive': {
      const interactive = message.interactive;
      const texts = [interactive.body.text];
      if ('header' in interactive && interactive.header?.type === 'text') texts.push(interactive.header.text);
      if ('footer' in interactive && interactive.footer) texts.push(interactive.footer.text);
      if (interactive.type === 'button') texts.push(...interactive.action.buttons.map((button) => button.reply.title));
      if (interactive.type === 'list') texts.push(interactive.action.button);
      if (interactive.type === 'cta_url') texts.push(interactive.action.parameters.display_text);
      if (interactive.type === 'flow') texts.push(interactive.action.parameters.flow_cta);
      return texts;
    }
    case 'template': {
      const texts: string[] = [];
      const collect = (components: NonNullable<typeof message.template.components>) => {
        for (const component of components) {
          if (component.type === 'carousel') {
            for (const card of component.cards) collect(card.components);
          } else if (component.type === 'header' || component.type === 'body') {
            for (const parameter of component.parameters) if (parameter.type === 'text') texts.push(parameter.text);
          }
        }
      };
      collect(message.template.components ?? []);
      return texts;
    }
    default: {
      const media = (message as unknown as Record<string, { caption?: string }>)[message.type];
      return media?.caption ? [media.caption] : [];
    }
  }
}

/** A `bot` entry as the message and the price it must have (if the script names one). */
function splitExpectation(entry: BotExpectation): { message: OutboundMessage; price?: string } {
  if ('message' in entry && !('type' in entry)) {
    return { message: entry.message, ...(entry.price ? { price: entry.price } : {}) };
  }
  return { message: entry as OutboundMessage };
}

function normalize(text: string): string {
  return text
    .replace(/[*_~`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

async function actionCount(pane: Locator): Promise<number> {
  return Number(await pane.getAttribute('data-actions'));
}

async function waitForActions(page: Page, pane: Locator, count: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if ((await actionCount(pane)) >= count) return;
    const error = pane.getByTestId('preview-error');
    if ((await error.count()) > 0) throw new Error(`the preview refused: ${await error.textContent()}`);
    if (Date.now() > deadline) throw new Error(`the action was not taken (actions: ${await actionCount(pane)})`);
    await page.waitForTimeout(30);
  }
}

/** Shows a details tab (clicking an open tab would close it). */
export async function openTab(pane: Locator, tab: 'session' | 'contact' | 'setup' | 'script') {
  const button = pane.getByTestId(`preview-tab-${tab}`);
  if ((await button.getAttribute('aria-selected')) !== 'true') await button.click();
}

async function closeTabs(pane: Locator) {
  const open = pane.locator('.pv-details__tabs [aria-selected="true"]');
  if ((await open.count()) > 0 && !(await pane.evaluate((element) => element.classList.contains('pv-pane--full')))) {
    await open.click();
  }
}
