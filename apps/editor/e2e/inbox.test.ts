import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { advanceClock, box, contains, customerSays, INBOX_SHOTS, intersects, openInbox, row } from './inboxDriver.ts';
import { until } from './pageHelpers.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// The inbox against the real server (test mode, temporary database): everything arrives through the sandbox
// channel's webhook path and reaches the page over the event stream — no reloads.
describe('the inbox', () => {
  let harness: EditorHarness;
  let context: BrowserContext | null = null;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    harness = await startEditorHarness();
    ({ context, page, errors } = await openInbox(harness));
  });
  afterAll(async () => {
    await context?.close().catch(() => {});
    await harness?.close();
  });

  it('shows an inbound message live in the list, with a window timer that runs down and changes colour', async () => {
    await customerSays(harness, '447700900101', { name: 'Lena Park', text: 'Hi! Do you have a plan for 8 people?' });
    const lena = row(page, '447700900101');
    await lena.waitFor({ timeout: 15_000 });
    expect(await lena.locator('.crow__name').textContent()).toBe('Lena Park');
    // The bot answered at once; the row shows the last message and who sent it.
    await page.waitForFunction(
      () => document.querySelector('[data-wa-id="447700900101"] .crow__prefix')?.textContent === 'Bot: ',
      undefined,
      { timeout: 15_000 },
    );
    const timer = lena.getByTestId('window-timer');
    // WhatsApp's timestamps have whole seconds: the window opened up to a second before the server's now.
    expect(await timer.textContent()).toMatch(/^(24h|23h 59m)$/);
    expect(await timer.getAttribute('data-tone')).toBe('ok');

    // Time passes on the server: the timer follows without a reload…
    await advanceClock(harness, 90 * MINUTE);
    await until(
      () => timer.textContent(),
      (text) => /^22h (30|29)m$/.test(text ?? ''),
    );
    // …turns amber under 4 hours, red under 1 hour, and reads "closed" once the window is over.
    await advanceClock(harness, 19 * HOUR);
    await until(
      () => timer.getAttribute('data-tone'),
      (tone) => tone === 'warn',
    );
    expect(await timer.textContent()).toMatch(/^3h (30|29)m$/);
    await advanceClock(harness, 3 * HOUR);
    await until(
      () => timer.getAttribute('data-tone'),
      (tone) => tone === 'urgent',
    );
    await advanceClock(harness, 31 * MINUTE);
    await until(
      () => timer.getAttribute('data-tone'),
      (tone) => tone === 'closed',
    );
    expect(await timer.textContent()).toContain('closed');
    expect(errors).toEqual([]);
  });

  it('the bot hands off; the agent answers free-form; 25 h later only a template goes, with its price', async () => {
    const maya = '14155550123';
    await customerSays(harness, maya, { name: 'Maya Chen', text: "Hi! I'm looking for a CRM for our sales team" });
    await customerSays(harness, maya, { button: 'quote' });
    const last = await customerSays(harness, maya, { list: 'size_51_200' });
    expect(last.sessionId).not.toBeNull();

    // Handed off: the list's "Handed off" filter finds it, with the team it went to.
    await page.locator('select[data-filter="bot"]').selectOption('handedOff');
    await until(
      () => page.getByTestId('conversation-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-wa-id'))),
      (ids) => ids.length === 1 && ids[0] === maya,
    );
    expect(await row(page, maya).getByTestId('bot-state').getAttribute('data-state')).toBe('handedOff');
    expect(await row(page, maya).locator('.crow__assignee').textContent()).toContain('sales');
    await row(page, maya).click();
    const conversation = page.getByTestId('conversation');
    await conversation.waitFor();
    // The bot's messages, the customer's taps and the handoff note with the flow's filled-in text.
    await conversation.locator('[data-testid="note"][data-kind="handoff"]').waitFor({ timeout: 15_000 });
    expect(await conversation.locator('[data-testid="note"][data-kind="handoff"]').textContent()).toContain(
      'Hot lead. Interest: Quote. Company size: 51-200.',
    );
    expect(await conversation.locator('[data-testid="message"][data-sender="bot"]').count()).toBe(3);
    expect(await conversation.locator('[data-testid="message"][data-sender="customer"]').count()).toBe(3);
    expect(await conversation.locator('.tl-msg--bot .tl-msg__who').first().textContent()).toContain(
      'Bot · Lead qualification',
    );

    // The agent's free-form reply: sent through the policy, delivered (sandbox statuses), free in the window.
    const input = page.getByTestId('composer-input');
    await input.fill('Hi Maya, Sam from sales here. Do you have 15 minutes for a call tomorrow?');
    await input.press('Enter');
    const reply = conversation.locator('[data-testid="message"][data-sender="agent"]');
    await reply.waitFor({ timeout: 15_000 });
    await conversation.locator('[data-testid="message"][data-sender="agent"][data-status="delivered"]').waitFor({
      timeout: 15_000,
    });
    expect(await reply.locator('.ptag').getAttribute('data-price')).toBe('free');
    expect(await reply.locator('.tl-msg__who').textContent()).toContain('Admin');
    const sent = await harness.api<{ sender: string; content: { message: { text?: { body: string } } } }[]>(
      'GET',
      `/sandbox/messages?contact=${maya}`,
    );
    expect(sent.body.at(-1)).toMatchObject({
      sender: 'agent',
      content: {
        message: { text: { body: 'Hi Maya, Sam from sales here. Do you have 15 minutes for a call tomorrow?' } },
      },
    });
    await page.screenshot({ path: join(INBOX_SHOTS, 'conversation-handoff.png') });
    // The header's window timer and "Handed off" chip never sit on each other, wide or in a ~900px window, where
    // the header wraps instead of pushing its buttons under the details column.
    for (const width of [1440, 900]) {
      await page.setViewportSize({ width, height: 900 });
      const timer = await box(conversation.locator('[data-testid="window-service"] .wmeter__value'));
      const chip = await box(conversation.getByTestId('bot-state'));
      expect(await conversation.getByTestId('bot-state').getAttribute('data-state')).toBe('handedOff');
      expect(intersects(timer, chip), `timer ${JSON.stringify(timer)} vs chip ${JSON.stringify(chip)}`).toBe(false);
      const pane = await box(conversation);
      for (const inside of [timer, chip, await box(conversation.getByTestId('close-conversation'))]) {
        expect(contains(pane, inside), `${JSON.stringify(inside)} inside ${JSON.stringify(pane)}`).toBe(true);
      }
    }
    await page.screenshot({ path: join(INBOX_SHOTS, 'conversation-handoff-900.png') });
    await page.setViewportSize({ width: 1440, height: 900 });

    // 25 hours later the window is closed: the composer refuses free-form and offers templates.
    await advanceClock(harness, 25 * HOUR);
    const closed = page.getByTestId('composer-closed');
    await closed.waitFor({ timeout: 15_000 });
    expect(await closed.textContent()).toContain('The 24-hour window closed 1 h ago');
    expect(await page.getByTestId('composer-input').count()).toBe(0);
    // The server says the same to anyone who tries.
    const refused = await harness.api<{ error: { code: string } }>(
      'POST',
      `/conversations/${last.conversationId}/messages`,
      {
        text: 'free-form after the window',
      },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('windowClosed');

    await closed.getByTestId('open-templates').click();
    const dialog = page.getByTestId('template-dialog');
    await dialog.waitFor();
    await dialog.locator('[data-template="delivery_check"]').click();
    // {{1}} comes from the contact's first name; {{2}} is typed.
    const slots = dialog.getByTestId('template-slot-input');
    await slots.first().fill('#TR-4471');
    expect(await dialog.locator('.tsend__preview').textContent()).toContain('Hi Maya, your order #TR-4471');
    const cost = dialog.getByTestId('template-cost');
    expect(await cost.locator('.ptag').getAttribute('data-price')).toBe('utility');
    await page.screenshot({ path: join(INBOX_SHOTS, 'template-dialog.png') });
    await page.getByTestId('template-send').click();
    const template = conversation.locator('[data-testid="message"][data-kind="template"]');
    await template.waitFor({ timeout: 15_000 });
    expect(await template.locator('.ptag').getAttribute('data-price')).toBe('utility');
    expect(await template.textContent()).toContain('Hi Maya, your order #TR-4471 should have arrived by now');
    const lastSent = await harness.api<{ content: { message: { type: string; template?: { name: string } } } }[]>(
      'GET',
      `/sandbox/messages?contact=${maya}`,
    );
    expect(lastSent.body.at(-1)?.content.message).toMatchObject({
      type: 'template',
      template: { name: 'delivery_check' },
    });
    expect(errors).toEqual([]);
  });

  it('a coexistence echo from the phone app pauses the bot, live', async () => {
    const tom = '447700900123';
    await page.locator('select[data-filter="bot"]').selectOption('');
    const started = await customerSays(harness, tom, { name: 'Tom Baker', text: 'Do you integrate with Gmail?' });
    await row(page, tom).click();
    const conversation = page.locator(`[data-testid="conversation"][data-conversation="${started.conversationId}"]`);
    await conversation.waitFor({ timeout: 15_000 });
    const state = conversation.getByTestId('bot-state');
    await until(
      () => state.getAttribute('data-state'),
      (value) => value === 'running',
    );
    expect(await state.textContent()).toBe('Bot · Lead qualification'); // the flow's name, not its id
    await page.getByTestId('sessions').locator('.session__flow', { hasText: 'Lead qualification v1' }).waitFor();
    await page.getByTestId('sessions').locator('.session__state', { hasText: 'waits on Welcome menu' }).waitFor();

    const echo = await harness.api('POST', '/sandbox/echo', { to: tom, text: 'Hi Tom, Sam here: yes, both ways.' });
    expect(echo.status).toBe(200);
    await conversation.locator('[data-testid="message"][data-sender="phone"]').waitFor({ timeout: 15_000 });
    expect(await conversation.locator('.tl-msg--phone .tl-msg__who').textContent()).toContain('Phone app');
    await until(
      () => state.getAttribute('data-state'),
      (value) => value === 'paused',
    );
    expect(await state.textContent()).toContain('Bot paused 30 min');
    // The customer's next tap is not answered by the bot while it is paused.
    expect((await customerSays(harness, tom, { button: 'quote' })).replies).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('an opt-out keyword marks the contact and answers with a confirmation', async () => {
    const lucas = '5511988887777';
    await customerSays(harness, lucas, { name: 'Lucas Silva', text: 'Oi' });
    const stop = await customerSays(harness, lucas, { text: 'STOP' });
    expect(stop.replies.map((reply) => reply.content.message?.type)).toEqual(['text']);
    await row(page, lucas).click();
    const conversation = page.getByTestId('conversation');
    await conversation.locator('[data-testid="message"][data-sender="system"]').waitFor({ timeout: 15_000 });
    expect(await conversation.locator('.tl-msg--system .tl-msg__who').textContent()).toContain('Opt-out confirmation');
    expect(await conversation.locator('.cpane__name [data-opt-in]').getAttribute('data-opt-in')).toBe('optedOut');
    expect(await row(page, lucas).textContent()).toContain('Opted out');
    const consent = page.getByTestId('consent-detail');
    await until(
      () => consent.textContent(),
      (text) => (text ?? '').includes('keyword STOP'),
    );
    expect(await consent.textContent()).toContain('WhatsApp message to');
    expect(await conversation.locator('[data-testid="note"][data-kind="system"]').last().textContent()).toContain(
      'Opted out: the customer sent STOP',
    );
    expect(errors).toEqual([]);
  });

  it('a working day: the list sorted by activity, each row with its timers, and a busy conversation', async () => {
    await customerSays(harness, '919812345678', {
      name: 'Priya Nair',
      text: 'Saw your ad, is there a free trial?',
      referral: { sourceType: 'ad', sourceId: 'ad-spring-2026', headline: 'Pipewise: the CRM that moves deals' },
    });
    await advanceClock(harness, 20.5 * HOUR);
    const diego = await customerSays(harness, '5215512345678', {
      name: 'Diego Torres',
      text: 'Hola, ¿me mandan el contrato?',
    });
    await harness.api('POST', `/inbox/conversations/${diego.conversationId}/take-over`);
    await harness.api('POST', `/conversations/${diego.conversationId}/messages`, {
      text: 'Claro Diego, te lo envío hoy antes de las 18:00.',
    });
    await harness.api('POST', `/inbox/conversations/${diego.conversationId}/notes`, {
      text: 'Wants the annual plan, 25 seats. Legal review on their side.',
    });
    await advanceClock(harness, 7 * MINUTE);
    await customerSays(harness, '4915112345678', {
      name: 'Emma Schmidt',
      image: { caption: 'Our current pipeline export', mimeType: 'image/png' },
    });
    await advanceClock(harness, 4 * MINUTE);
    await customerSays(harness, '447911123456', { name: 'Omar Haddad', text: 'Can I book a demo for Thursday?' });

    await page.locator('select[data-filter="bot"]').selectOption('');
    const rows = page.getByTestId('conversation-row');
    await until(
      () => rows.count(),
      (count) => count >= 8,
    );
    // Newest activity first.
    expect(await rows.evaluateAll((list) => list.slice(0, 3).map((r) => r.getAttribute('data-wa-id')))).toEqual([
      '447911123456',
      '4915112345678',
      '5215512345678',
    ]);
    // Every row has its 24-hour timer; the ad's conversation also has its free 72-hour window.
    expect(await rows.getByTestId('window-timer').count()).toBe(await rows.count());
    expect(await row(page, '919812345678').getByTestId('window-timer').getAttribute('data-tone')).toBe('warn');
    expect(await row(page, '919812345678').getByTestId('entry-timer').textContent()).toMatch(/^free 2d 3h$/);
    expect(await row(page, '447700900101').getByTestId('window-timer').getAttribute('data-tone')).toBe('closed');
    // Search finds a conversation by what was said in it.
    await page.getByTestId('inbox-search').fill('contrato');
    await until(
      () => rows.evaluateAll((list) => list.map((r) => r.getAttribute('data-wa-id'))),
      (ids) => ids.length === 1 && ids[0] === '5215512345678',
    );
    await page.getByTestId('inbox-search').fill('');
    await until(
      () => rows.count(),
      (count) => count >= 8,
    );
    await row(page, '5215512345678').click();
    await page
      .locator('[data-testid="conversation"] [data-testid="note"][data-kind="note"]')
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(INBOX_SHOTS, 'inbox.png') });
    await row(page, '14155550123').click();
    await page.locator('[data-testid="conversation"] [data-kind="template"]').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(INBOX_SHOTS, 'conversation.png') });
    expect(errors).toEqual([]);
  });
});
