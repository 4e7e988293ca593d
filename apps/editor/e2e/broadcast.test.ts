import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { until } from './pageHelpers.ts';

let harness: EditorHarness;
let page: Page;

const OPTED_IN = 12;

beforeAll(async () => {
  harness = await startEditorHarness();
  ({ page } = await harness.signedInPage({ width: 1440, height: 1000 }));
  // A marketing template with an image header and two quick replies, approved (the sandbox workspace's registry).
  const template = await harness.api('POST', '/templates', {
    name: 'spring_promo',
    language: 'en_US',
    category: 'MARKETING',
    status: 'APPROVED',
    components: [
      { type: 'HEADER', format: 'IMAGE' },
      { type: 'BODY', text: 'Hi {{1}}, our spring sale starts today: 20% off everything until Sunday.' },
      { type: 'FOOTER', text: 'Reply STOP to opt out' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Show me' },
          { type: 'QUICK_REPLY', text: 'Not now' },
        ],
      },
    ],
  });
  expect(template.status).toBe(201);
  const names = ['Ana López', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eva Novak', 'Farid Haddad', 'Grace Kim'];
  for (let i = 0; i < OPTED_IN + 2; i++) {
    const created = await harness.api<{ id: string }>('POST', '/contacts', {
      waId: String(34600200000 + i),
      name: `${names[i % names.length]} ${i}`,
      tags: ['vip'],
    });
    expect(created.status).toBe(201);
    // Two of them never opted in: they are listed as excluded.
    if (i < OPTED_IN) {
      await harness.api('PUT', `/contacts/${created.body.id}/opt-in`, { status: 'optedIn', method: 'website form' });
    }
  }
});

afterEach(async (context) => {
  if (context.task.result?.state === 'fail' && page) {
    await harness.screenshot(page, `broadcast-failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  }
});

afterAll(async () => {
  await harness?.close();
});

/** The text of an element ('' when it has none). */
const textOf = (locator: Locator) => locator.textContent().then((value) => value ?? '');

const countOf = (name: string) => textOf(page.locator(`[data-count=${name}] .bc-tile__value`));

/** Waits until the audience step's live count says what `accept` wants (it may not be on the page yet). */
const untilAudienceCount = (accept: (text: string) => boolean) =>
  until(() => textOf(page.getByTestId('audience-count')).catch(() => ''), accept);

describe('broadcasts in the browser', () => {
  it('creates a broadcast step by step, sends it and watches the counts reach the total', async () => {
    await page.goto(`${harness.url}/broadcasts`);
    await page.getByRole('heading', { name: 'Broadcasts' }).waitFor();
    await harness.screenshot(page, 'broadcast-list-empty');
    await page.getByRole('button', { name: 'New broadcast' }).first().click();
    await page.waitForURL(/\/broadcasts\/new$/);

    // 1. Audience: by tag, with the live count and a sample.
    await page.getByLabel('Tags', { exact: true }).fill('vip');
    await untilAudienceCount((text) => text.includes(`${OPTED_IN + 2} contacts match`));
    await harness.screenshot(page, 'broadcast-1-audience');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    // 2. Template and parameters: the first parameter prefilled with the first name, the header image a link.
    await page.locator('[data-template=spring_promo]').click();
    expect(await page.getByLabel('Body {{1}}', { exact: true }).inputValue()).toBe('{{contact.first_name}}');
    await page.getByLabel('Header image (link)', { exact: true }).fill('https://example.com/spring.jpg');
    await harness.screenshot(page, 'broadcast-2-template');
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    // 3. Preview per contact and the estimate: who gets it, at what price, excluded with the reason.
    const estimate = page.getByTestId('estimate');
    await estimate.getByTestId('estimate-summary').waitFor();
    expect(await textOf(page.getByTestId('estimate-summary'))).toContain(
      `${OPTED_IN} of ${OPTED_IN + 2} contacts will receive it (2 excluded)`,
    );
    expect(await textOf(estimate)).toContain('Not opted in');
    await page.locator('.bc-chat .wa-bubble').waitFor();
    const first = await textOf(page.getByTestId('preview-contact'));
    const bubble = await textOf(page.locator('.bc-chat'));
    expect(bubble).toContain(`Hi ${first.split(' ')[0]}, our spring sale starts today`);
    await harness.screenshot(page, 'broadcast-3-preview-estimate');
    await page.getByRole('button', { name: 'Next contact' }).click();
    await until(
      () => textOf(page.getByTestId('preview-contact')),
      (text) => text !== first,
    );
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    // 4. Name and send now.
    await page.getByLabel('Name', { exact: true }).fill('Spring sale');
    await harness.screenshot(page, 'broadcast-4-schedule');
    await page.getByTestId('submit-broadcast').click();
    await page.waitForURL(/\/broadcasts\/bc_[^/]+$/);

    // The counts reach the total, live.
    await until(countOf.bind(null, 'sent'), (text) => text === String(OPTED_IN), 30_000);
    await until(countOf.bind(null, 'delivered'), (text) => text === String(OPTED_IN), 30_000);
    expect(await countOf('recipients')).toBe(String(OPTED_IN));
    expect(await countOf('excluded')).toBe('2');
    await until(
      () => page.locator('[data-status]').first().getAttribute('data-status'),
      (status) => status === 'completed',
      30_000,
    );
    expect(await textOf(page.getByTestId('progress'))).toBe(`${OPTED_IN} of ${OPTED_IN} sent`);
    await page.locator('[data-series=delivered]').waitFor({ state: 'attached' });
    await harness.screenshot(page, 'broadcast-5-results');

    // A quick-reply tap shows up in the results.
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const recipients = await harness.api<{ waId: string }[]>('GET', `/broadcasts/${id}/recipients?state=delivered`);
    await harness.api('POST', '/sandbox/inbound', { from: recipients.body[0]!.waId, quickReply: 'show_me' });
    await until(countOf.bind(null, 'replied'), (text) => text === '1', 15_000);
    expect(await page.locator('.bc-reasons').filter({ hasText: 'show_me' }).count()).toBe(1);

    await page.goto(`${harness.url}/broadcasts`);
    await page.locator(`[data-broadcast="${id}"]`).waitFor();
    await harness.screenshot(page, 'broadcast-6-list');
  });

  it('reports every bad line of an uploaded CSV', async () => {
    await page.goto(`${harness.url}/broadcasts/new`);
    await page.getByRole('button', { name: /Upload a CSV/ }).click();
    const csv = [
      'phone,name,opt_in,city',
      '+34 611 000 001,Ana,yes,Madrid',
      'not-a-phone,Ben,yes,Bilbao',
      '+34 611 000 003,Cleo,perhaps,Vigo',
      '+34 611 000 004,Dani,yes',
      '+34 611 000 005,Eva,yes,Sevilla',
    ].join('\n');
    await page
      .getByTestId('csv-input')
      .setInputFiles({ name: 'fair.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const errors = page.getByTestId('csv-errors');
    await errors.waitFor();
    const text = await textOf(errors);
    expect(text).toMatch(/3\s*"not-a-phone" is not a phone number/);
    expect(text).toMatch(/4\s*Opt-in "perhaps" is not understood/);
    expect(text).toMatch(/5\s*Has 3 values; the header has 4 columns/);
    await harness.screenshot(page, 'broadcast-csv-errors');
    await page.getByRole('button', { name: 'Import the 2 valid contacts' }).click();
    await untilAudienceCount((value) => value.includes('2 contacts match'));
  });

  it('schedules one in a time zone: stored in UTC, shown back in the zone chosen', async () => {
    await page.goto(`${harness.url}/broadcasts/new`);
    await page.getByLabel('Tags', { exact: true }).fill('vip');
    await untilAudienceCount((text) => text.includes('contacts match'));
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.locator('[data-template=spring_promo]').click();
    await page.getByLabel('Header image (link)', { exact: true }).fill('https://example.com/spring.jpg');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByTestId('estimate-summary').waitFor();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByLabel('Name', { exact: true }).fill('Next spring');
    await page.getByLabel('Schedule for later').check();
    await page.getByLabel('Date and time').fill('2031-03-04T10:00');
    await page.getByLabel('Time zone').selectOption('America/New_York');
    expect(await textOf(page.getByTestId('schedule-utc'))).toContain('4 Mar 2031, 15:00 UTC');
    await harness.screenshot(page, 'broadcast-schedule-zone');
    await page.getByTestId('submit-broadcast').click();
    await page.waitForURL(/\/broadcasts\/bc_[^/]+$/);
    const notice = page.getByTestId('scheduled-for');
    await notice.waitFor();
    expect(await textOf(notice)).toContain('2031-03-04 10:00 (America/New_York)');
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const stored = await harness.api<{ scheduledAt: number; status: string }>('GET', `/broadcasts/${id}`);
    expect(stored.body).toMatchObject({ status: 'scheduled', scheduledAt: Date.UTC(2031, 2, 4, 15, 0) });
    await harness.screenshot(page, 'broadcast-scheduled');
  });
});
