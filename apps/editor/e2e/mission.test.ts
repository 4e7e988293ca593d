import { buildMessageWebhook } from '@salesbot/whatsapp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphApiStandIn, startGraphApiStandIn } from '../../server/src/testing/graphApiStandIn.ts';
import { signBody } from '../../server/src/webhook/verifySignature.ts';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { drawButtonsBot, until } from './pageHelpers.ts';

/**
 * The whole mission in one run: a marketer draws a bot in the browser, sees a problem and fixes it, plays it in the
 * preview, publishes it, and then a real, signed WhatsApp webhook conversation runs the published bot on the server,
 * whose sends reach a stand-in of Meta's Graph API over HTTP with the Cloud API's exact payloads.
 */
const PHONE_NUMBER_ID = '106540352242922';
const ACCESS_TOKEN = 'mission-access-token';
const APP_SECRET = 'mission-app-secret';
const CUSTOMER = '15557654321';

let graphApi: GraphApiStandIn;
let harness: EditorHarness;
let page: Page;
let flowId = '';
let buttonIds: string[] = [];

beforeAll(async () => {
  graphApi = await startGraphApiStandIn({ accessToken: ACCESS_TOKEN });
  harness = await startEditorHarness({
    env: {
      WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
      WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
      WHATSAPP_APP_SECRET: APP_SECRET,
      WHATSAPP_VERIFY_TOKEN: 'mission-verify-token',
      WHATSAPP_WABA_ID: '102290129340398',
      WHATSAPP_DISPLAY_PHONE_NUMBER: '15550001111',
      WHATSAPP_API_URL: graphApi.url,
    },
  });
  graphApi.postStatusesTo({ url: `${harness.url}/webhooks/whatsapp`, appSecret: APP_SECRET });
  ({ page } = await harness.signedInPage());
});

afterAll(async () => {
  await harness?.close();
  await graphApi?.close();
});

let sequence = 0;
/** Posts a webhook the way Meta does: the raw JSON body signed with the app secret. */
async function postInbound(content: Parameters<typeof buildMessageWebhook>[0]['content'], secret = APP_SECRET) {
  const body = JSON.stringify(
    buildMessageWebhook({
      phoneNumberId: PHONE_NUMBER_ID,
      displayPhoneNumber: '15550001111',
      from: CUSTOMER,
      name: 'Rosa Díaz',
      id: `wamid.mission.${Date.now()}.${sequence++}`,
      timestamp: Date.now(),
      content,
    }),
  );
  return fetch(`${harness.url}/webhooks/whatsapp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(body, secret) },
    body,
  });
}

/** What the stand-in Graph API received for the customer, as Cloud API request bodies. */
function sentToCustomer() {
  return graphApi.sends.filter((send) => send.to === CUSTOMER && send.accepted).map((send) => send.body);
}

describe('draw → validate → preview → publish → a real webhook conversation', () => {
  it('draws a bot: keyword trigger → reply buttons → two answers', async () => {
    await page.goto(`${harness.url}/flows`);
    await page.getByRole('button', { name: 'New flow' }).first().click();
    await page.getByLabel('Name').fill('Mission demo');
    await page.getByRole('button', { name: 'Create flow' }).click();
    await page.waitForURL(/\/flows\/[^/]+$/);
    flowId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    // The trigger: only the keyword "demo" (the seeded lead-qualification bot answers everything else).
    await page.locator('.trigger-card').first().click();
    await page.getByLabel('Starts when').selectOption('keyword');
    await page.getByLabel('Keywords').fill('demo');

    const graph = await drawButtonsBot(page, {
      question: 'Shall we book your *demo*?',
      yes: 'Booked! See you on Tuesday.',
      no: 'No worries, write any time.',
    });
    const node = graph.nodes.find((n) => n.type === 'buttons');
    buttonIds = ((node?.data.buttons ?? []) as { id: string }[]).map((b) => b.id);
    expect(buttonIds).toHaveLength(2);
  });

  it('shows a problem while a button title is too long, and clears it when fixed', async () => {
    await page.locator('.react-flow__node-buttons .node-card__header').click();
    const title = page.locator('[data-testid=step-panel] input[data-path="buttons.0.title"]');
    await title.fill('Yes, book my demo now');
    await page.locator('.react-flow__node-buttons .problem-badge--error').waitFor();
    await title.fill('Yes, book it');
    await page.locator('[data-testid=step-panel] input[data-path="buttons.1.title"]').fill('Not now');
    await page.locator('.react-flow__node-buttons .problem-badge--error').waitFor({ state: 'detached' });
  });

  it('plays the draft in the preview: the keyword starts it, a tap takes its branch', async () => {
    await page.getByTestId('preview-toggle').click();
    const phone = page.getByTestId('preview-pane').getByTestId('preview-phone');
    const composer = phone.getByTestId('composer-input');
    await composer.fill('demo');
    await composer.press('Enter');
    await phone.getByText('Shall we book your').waitFor();
    await phone.locator(`.pv-tap[data-kind="button"][data-choice="${buttonIds[0]}"]`).last().click();
    await phone.getByText('Booked! See you on Tuesday.').waitFor();
    await page.getByTestId('preview-toggle').click();
  });

  it('publishes it', async () => {
    await page.locator('[data-testid=save-status][data-status=saved]').waitFor({ timeout: 15_000 });
    await page.getByTestId('publish').click();
    await page.getByText('Published version 1').waitFor();
    const flow = await harness.api<{ publishedVersion: number | null }>('GET', `/flows/${flowId}`);
    expect(flow.body.publishedVersion).toBe(1);
  });

  it('refuses a webhook with a forged signature and stores nothing from it', async () => {
    const forged = await postInbound({ type: 'text', text: 'demo' }, 'not-the-app-secret');
    expect(forged.status).toBe(401);
    expect(sentToCustomer()).toEqual([]);
  });

  it('runs the published bot for a real signed webhook conversation, over the Cloud API', async () => {
    const first = await postInbound({ type: 'text', text: 'demo' });
    expect(first.status).toBe(200);
    await until(
      async () => sentToCustomer().length,
      (count) => count === 1,
      20_000,
    );
    expect(sentToCustomer()[0]).toMatchObject({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: CUSTOMER,
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Shall we book your *demo*?' },
        action: {
          buttons: [
            { type: 'reply', reply: { id: buttonIds[0], title: 'Yes, book it' } },
            { type: 'reply', reply: { id: buttonIds[1], title: 'Not now' } },
          ],
        },
      },
    });
    expect(graphApi.sends.find((send) => send.to === CUSTOMER)?.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);

    const tap = await postInbound({ type: 'buttonReply', id: buttonIds[1]!, title: 'Not now' });
    expect(tap.status).toBe(200);
    await until(
      async () => sentToCustomer().length,
      (count) => count === 2,
      20_000,
    );
    expect(sentToCustomer()[1]).toMatchObject({
      to: CUSTOMER,
      type: 'text',
      text: { body: 'No worries, write any time.' },
    });
  });

  it('shows the conversation in the inbox with the bot’s messages', async () => {
    await page.goto(`${harness.url}/inbox`);
    await page.getByText('Rosa Díaz').first().click();
    await page.getByText('No worries, write any time.').first().waitFor();
  });
});
