import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScriptStep } from '@salesbot/engine';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { botRows, type PreviewPage, performStep, previewSuite, setUpConversation } from './previewDriver.ts';

const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.artifacts/preview');

async function shoot(target: Locator, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await target.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

async function play(preview: PreviewPage, flow: { start: string; name?: string }, steps: ScriptStep[]) {
  await setUpConversation(preview, {
    name: 'screens',
    start: flow.start,
    contact: { waId: '15551234567', name: flow.name ?? 'Ana López' },
    steps: [],
  });
  for (const step of steps) await performStep(preview, step);
}

// Each message kind drawn in the phone, saved to .artifacts/preview/ to be looked at, with the checks that the
// drawing is what WhatsApp shows: formatting, taps under the bubble, the list sheet, the template mark and badge,
// the carousel, the Flow form, and user text that stays text.
describe('the preview draws every message kind as WhatsApp does', () => {
  const { open } = previewSuite();

  it('shows typed text as text, with WhatsApp formatting, and a <script> literally', async () => {
    const preview = await open('lead-qualification');
    const typed =
      'Hi! *bold* _italic_ ~struck~ ```mono``` <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    await play(preview, { start: '2026-03-02T09:00:00Z' }, [{ customer: { text: typed } }]);
    const bubble = preview.phone.locator('.pv-row--customer').last();
    const text = (await bubble.locator('[data-text]').textContent()) ?? '';
    expect(text).toContain('<script>window.pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.pwned = 2">');
    expect(await bubble.locator('script, img').count()).toBe(0);
    expect(await bubble.locator('strong').textContent()).toBe('bold');
    expect(await bubble.locator('em').textContent()).toBe('italic');
    expect(await bubble.locator('s').textContent()).toBe('struck');
    expect(await bubble.locator('code').textContent()).toBe('mono');
    expect(await preview.page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    // Read ticks: a session heard it.
    expect(await bubble.locator('.pv-ticks.is-read').count()).toBe(1);
    await shoot(preview.phone, 'text-and-reply-buttons');

    // Reply buttons under the bubble; a tap quotes the message it answers.
    await performStep(preview, { customer: { button: 'quote' } });
    const reply = preview.phone.locator('.pv-row--customer').last();
    expect(await reply.locator('.pv-quote').textContent()).toContain('Hi Ana');
    expect(await reply.locator('[data-text]').textContent()).toBe('Get a quote');

    // A list opens as a bottom sheet with its sections and rows.
    await preview.phone.locator('.pv-row--bot[data-kind="list"] .wa-inline-action').last().click();
    const sheet = preview.phone.getByTestId('list-sheet');
    expect(await sheet.locator('[data-row]').count()).toBe(4);
    await sheet.locator('[data-row="size_11_50"]').click();
    await shoot(preview.phone, 'list-sheet');
    await sheet.getByRole('button', { name: 'Close', exact: true }).click();
  });

  it('draws a CTA URL button', async () => {
    const preview = await open('lead-qualification');
    await play(preview, { start: '2026-03-02T09:00:00Z' }, [
      { customer: { text: 'hello' } },
      { customer: { button: 'pricing' } },
      { customer: { list: 'size_1_10' } },
    ]);
    const cta = botRows(preview).last();
    expect(await cta.getAttribute('data-kind')).toBe('cta_url');
    expect(await cta.locator('.wa-inline-action').textContent()).toContain('See pricing');
    await shoot(preview.phone, 'cta-url');
  });

  it('draws media with its caption, the ad the customer came from, and a carousel scrolling sideways', async () => {
    const preview = await open('re-engagement');
    await play(preview, { start: '2026-04-06T16:00:00Z', name: 'Sam Rivera' }, [
      {
        customer: {
          text: 'Hi! I saw your spring sale',
          referral: {
            sourceType: 'ad',
            sourceId: '120214500000000001',
            headline: 'Spring Trail Collection: up to 30% off',
          },
        },
      },
    ]);
    const media = preview.phone.locator('.pv-row--bot[data-kind="image"]');
    expect(await media.locator('.wa-body--caption').count()).toBe(1);
    expect(await preview.phone.locator('.pv-referral').textContent()).toContain('Spring Trail Collection');
    await shoot(preview.phone, 'media-and-referral');

    await performStep(preview, { customer: { text: 'jackets' } });
    const carousel = botRows(preview).last();
    expect(await carousel.locator('[data-template]').textContent()).toContain('Template ·');
    const cards = carousel.locator('.wa-card');
    expect(await cards.count()).toBe(3);
    const scroller = carousel.locator('.wa-cards');
    const overflow = await scroller.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(overflow).toBe(true);
    expect(await carousel.locator('.pv-price').getAttribute('data-price')).toBe('free');
    await shoot(preview.phone, 'carousel');
  });

  it('marks a template with its category and price when the window is closed', async () => {
    const preview = await open('appointment-booking');
    await play(preview, { start: '2026-03-16T10:00:00Z', name: 'Jordan Lee' }, [{ start: { trigger: 'api' } }]);
    const template = botRows(preview).last();
    expect(await template.locator('[data-template]').textContent()).toMatch(/Template · .+ · Marketing/);
    expect(await template.locator('.pv-price').getAttribute('data-price')).toBe('marketing');
    expect(await template.locator('.pv-tap[data-kind="quickReply"]').count()).toBe(2);
    expect(await preview.phone.locator('[data-notice="fallback"]').count()).toBe(1);
    await shoot(preview.phone, 'template');
  });

  it('opens a WhatsApp Flow full screen, screen by screen, and sends the answers back', async () => {
    const preview = await open('event-registration');
    await play(preview, { start: '2026-03-20T12:00:00Z', name: 'Olivia Brown' }, [{ customer: { text: 'register' } }]);
    const offer = botRows(preview).last();
    expect(await offer.getAttribute('data-kind')).toBe('flow');
    await shoot(preview.phone, 'flow-message');
    await offer.locator('.wa-inline-action').click();
    const form = preview.phone.getByTestId('flow-form');
    await form.locator('[data-field="full_name"]').fill('Olivia Brown');
    await form.getByTestId('flow-next').click();
    // The email is required: the screen stays with the field marked.
    expect(await form.locator('[data-field="email"][aria-invalid="true"]').count()).toBe(1);
    await form.locator('[data-field="email"]').fill('olivia@example.com');
    await shoot(preview.phone, 'flow-form-details');
    await form.getByTestId('flow-next').click();
    await form.locator('[data-field="session"]').selectOption('Makeup');
    await form.locator('[data-field="ticket"] [data-option="VIP"] input').check();
    await form.locator('[data-field="interests"] [data-option="Hair"] input').check();
    await form.locator('[data-field="interests"] [data-option="Nails"] input').check();
    await form.locator('[data-field="attend_date"]').fill('2026-04-18');
    await shoot(preview.phone, 'flow-form-preferences');
    await form.getByTestId('flow-next').click();
    expect(await form.count()).toBe(0);
    const answers = preview.phone.locator('.pv-row--customer .pv-flow-reply').last();
    expect(await answers.textContent()).toContain('Hair, Nails');
    // The confirmation interpolates the answers the form sent.
    const confirmation = (await preview.phone.locator('.pv-row--bot[data-kind="text"]').last().textContent()) ?? '';
    expect(confirmation).toContain('olivia@example.com');
    await shoot(preview.phone, 'flow-submitted');
  });

  it('shows the webhook request to answer, then the answer the bot builds from it', async () => {
    const preview = await open('order-update');
    await play(preview, { start: '2026-03-10T15:00:00Z', name: 'Morgan Reyes' }, [
      {
        start: {
          trigger: 'store-api',
          variables: { order_id: 'TH-10517', customer_name: 'Morgan', eta: 'Friday, March 13' },
        },
      },
      { advance: '2d1h' },
      { customer: { quickReply: 'not_yet' } },
    ]);
    const card = preview.phone.getByTestId('webhook-card');
    expect(await card.getByTestId('webhook-url').textContent()).toBe('https://api.example-store.com/orders/TH-10517');
    await shoot(preview.phone, 'webhook-pending');
    await performStep(preview, {
      webhook: {
        status: 200,
        body: {
          order: {
            status: 'In transit',
            carrier: { name: 'UPS' },
            tracking: { url: 'https://ups.example/1Z' },
            estimated_delivery: 'Monday, March 16',
          },
        },
      },
    });
    expect(await card.count()).toBe(0);
    await shoot(preview.phone, 'webhook-answered');
  });
});
