import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EditorHarness, startEditorHarness } from './editorHarness.ts';
import { customerSays, INBOX_SHOTS } from './inboxDriver.ts';
import { until } from './pageHelpers.ts';

/** A flow the "won" stage of the sales pipeline starts. */
const wonWelcome = {
  schemaVersion: 1,
  id: 'won-welcome',
  name: 'Won: welcome aboard',
  triggers: [{ id: 'won', type: 'stageChanged', pipeline: 'sales', stage: 'won', nodeId: 'welcome' }],
  nodes: [
    {
      id: 'welcome',
      type: 'text',
      data: { body: 'Welcome aboard, {{contact.first_name}}! Your onboarding manager will write to you today.' },
    },
    {
      id: 'welcome_template',
      type: 'template',
      data: {
        name: 'welcome_aboard',
        language: 'en_US',
        category: 'utility',
        body: 'Welcome aboard, {{1}}! Your onboarding manager will write to you today.',
        bodyParams: [{ value: '{{contact.first_name}}' }],
      },
    },
    { id: 'done', type: 'end', data: { reason: 'Welcomed' } },
  ],
  edges: [
    { id: 'e1', source: 'welcome', sourceHandle: 'next', target: 'done' },
    // A stage can change long after the customer last wrote: then only a template may go.
    { id: 'e2', source: 'welcome', sourceHandle: 'windowClosed', target: 'welcome_template' },
    { id: 'e3', source: 'welcome_template', sourceHandle: 'next', target: 'done' },
  ],
};

interface Session {
  id: string;
  flowId: string;
  status: string;
}

describe('contacts and the pipelines board', () => {
  let harness: EditorHarness;
  let context: BrowserContext | null = null;
  let page: Page;
  const errors: string[] = [];
  const people: Record<string, { conversationId: string; contactId: string; leadId: string }> = {};

  beforeAll(async () => {
    harness = await startEditorHarness();
    const template = await harness.api('POST', '/templates', {
      name: 'welcome_aboard',
      language: 'en_US',
      category: 'UTILITY',
      status: 'APPROVED',
      components: [{ type: 'BODY', text: 'Welcome aboard, {{1}}! Your onboarding manager will write to you today.' }],
    });
    expect(template.status).toBe(201);
    expect((await harness.api('POST', '/flows', { graph: wonWelcome })).status).toBe(201);
    expect((await harness.api('POST', '/flows/won-welcome/publish')).status).toBe(200);
    const pipelines = await harness.api<{ id: string; name: string }[]>('GET', '/pipelines');
    const sales = pipelines.body.find((pipeline) => pipeline.name === 'sales');
    for (const stage of ['demo booked', 'proposal', 'won', 'lost']) {
      await harness.api('POST', `/pipelines/${sales?.id}/stages`, { name: stage });
    }
    const leads: [string, string, string, string, number][] = [
      ['14155550188', 'Nora Quinn', 'qualified', 'Hi, we are 40 people looking for a CRM', 12_000],
      ['34600111222', 'Ana Ruiz', 'demo booked', 'Hola, ¿tenéis demo en español?', 8_400],
      ['447700900123', 'Tom Baker', 'proposal', 'Can you send the proposal to our CFO?', 21_500],
      ['4915112345678', 'Jonas Weber', 'qualified', 'Wir brauchen eine Gmail-Integration', 5_200],
      ['5511988887777', 'Lucas Silva', 'lost', 'Not this quarter, sorry', 3_000],
    ];
    for (const [waId, name, stage, text, value] of leads) {
      const inbound = await customerSays(harness, waId, { name, text });
      // The contact's lead-qualification session stops: a stage change then starts the stage's flow.
      if (inbound.sessionId) await harness.api('POST', `/sessions/${inbound.sessionId}/stop`);
      const lead = await harness.api<{ id: string }>('POST', '/leads', {
        contactId: inbound.contactId,
        pipeline: 'sales',
        stage,
        value,
      });
      people[name] = { conversationId: inbound.conversationId, contactId: inbound.contactId, leadId: lead.body.id };
    }
    await harness.api('PATCH', `/contacts/${people['Nora Quinn']?.contactId}`, {
      tags: ['hot', 'inbound'],
      fields: { company: 'Quinn Logistics', company_size: '40' },
    });
    ({ context, page } = await harness.signedInPage());
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await context?.close().catch(() => {});
    await harness?.close();
  });

  it('dragging a lead to a stage starts that stage’s flow, once', async () => {
    await page.goto(`${harness.url}/pipelines`);
    const board = page.getByTestId('board');
    await board.waitFor({ timeout: 20_000 });
    const won = board.locator('[data-testid="stage"][data-stage="won"]');
    // The column says which flow a move into it starts.
    expect(await won.locator('[data-flow="won-welcome"]').textContent()).toContain('Won: welcome aboard');
    const nora = people['Nora Quinn']!;
    const card = board.locator(`[data-testid="lead-card"][data-lead="${nora.leadId}"]`);
    expect(await card.evaluate((element) => element.closest('[data-stage]')?.getAttribute('data-stage'))).toBe(
      'qualified',
    );
    await page.screenshot({ path: join(INBOX_SHOTS, 'board.png') });

    await page.dragAndDrop(`[data-lead="${nora.leadId}"]`, '[data-testid="stage"][data-stage="won"] .bcol__cards');
    await won.locator(`[data-lead="${nora.leadId}"]`).waitFor({ timeout: 15_000 });
    await page.locator('.toast', { hasText: 'started “Won: welcome aboard”' }).waitFor({ timeout: 15_000 });

    // The server moved the lead and started the flow in Nora's conversation; its message went out.
    const lead = await harness.api<{ stage: string }[]>('GET', '/leads?pipeline=sales');
    expect(lead.body.find((candidate) => (candidate as unknown as { id: string }).id === nora.leadId)).toMatchObject({
      stage: 'won',
    });
    const sessions = await until(
      async () => (await harness.api<Session[]>('GET', `/sessions?conversation=${nora.conversationId}`)).body,
      (list) => list.some((session) => session.flowId === 'won-welcome'),
    );
    expect(sessions.filter((session) => session.flowId === 'won-welcome')).toHaveLength(1);
    const sent = await harness.api<{ content: { message: { text?: { body: string } } } }[]>(
      'GET',
      '/sandbox/messages?contact=14155550188',
    );
    expect(sent.body.at(-1)?.content.message.text?.body).toBe(
      'Welcome aboard, Nora! Your onboarding manager will write to you today.',
    );

    // Once: moving it to the stage it is in starts nothing more.
    const again = await harness.api<{ changed: boolean; sessionId: string | null }>('PATCH', `/leads/${nora.leadId}`, {
      stage: 'won',
    });
    expect(again.body).toMatchObject({ changed: false, sessionId: null });
    const after = (await harness.api<Session[]>('GET', `/sessions?conversation=${nora.conversationId}`)).body;
    expect(after.filter((session) => session.flowId === 'won-welcome')).toHaveLength(1);

    // The keyboard path: the card's stage menu moves it too (no flow on "proposal").
    const jonas = people['Jonas Weber']!;
    await board.locator(`[data-lead="${jonas.leadId}"] [data-testid="lead-stage"]`).selectOption('proposal');
    await board.locator(`[data-stage="proposal"] [data-lead="${jonas.leadId}"]`).waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(INBOX_SHOTS, 'board-after-move.png') });
    expect(errors).toEqual([]);
  });

  it('the contact card shows consent, tags, fields, pipelines and history, and edits them', async () => {
    const nora = people['Nora Quinn']!;
    await page.goto(`${harness.url}/contacts/${nora.contactId}`);
    const card = page.getByTestId('contact-card');
    await card.waitFor({ timeout: 15_000 });
    expect(
      await card.locator('[data-tag]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-tag'))),
    ).toEqual(['hot', 'inbound']);
    expect(await card.locator('[data-field="company"] dd').textContent()).toBe('Quinn Logistics');
    expect(await card.locator('[data-lead]').textContent()).toContain('won');
    const history = page.getByTestId('contact-history');
    await until(
      () => history.textContent(),
      (text) => (text ?? '').includes('Bot Won: welcome aboard v1'), // the flow's name, not its id
    );

    // Consent recorded by hand says when, how and where.
    await card.getByLabel('Opt-in status').selectOption('optedIn');
    await until(
      () => page.getByTestId('consent-detail').textContent(),
      (text) => (text ?? '').includes('set by an agent · Salesbot inbox'),
    );
    await card.getByLabel('Add a tag').fill('vip');
    await card.getByLabel('Add a tag').press('Enter');
    await card.locator('[data-tag="vip"]').waitFor();
    const saved = await harness.api<{ optIn: string; tags: string[] }>('GET', `/contacts/${nora.contactId}`);
    expect(saved.body).toMatchObject({ optIn: 'optedIn', tags: ['hot', 'inbound', 'vip'] });
    await page.screenshot({ path: join(INBOX_SHOTS, 'contact.png') });
    expect(errors).toEqual([]);
  });

  it('a long column shows its 100 most recently moved leads and says how many it holds', async () => {
    const created = await harness.api<{ id: string }>('POST', '/pipelines', { name: 'trade show', stages: ['met'] });
    expect(created.status).toBe(201);
    for (let i = 0; i < 103; i++) {
      const inbound = await customerSays(harness, `4930${String(1_000_000 + i)}`, { name: `Visitor ${i}`, text: 'Hi' });
      await harness.api('POST', '/leads', {
        contactId: inbound.contactId,
        pipeline: 'trade show',
        stage: 'met',
        value: 10,
      });
    }
    await page.goto(`${harness.url}/pipelines?pipeline=${encodeURIComponent(created.body.id)}`);
    const met = page.locator('[data-testid="stage"][data-stage="met"]');
    await met.waitFor({ timeout: 20_000 });
    expect(await met.locator('.bcol__count').textContent()).toBe('103');
    expect(await met.locator('[data-testid="lead-card"]').count()).toBe(100);
    expect(await met.getByTestId('column-more').textContent()).toBe('Showing the 100 most recently moved of 103');
    expect(await page.locator('.board-page__summary').textContent()).toBe('103 leads · 1,030 total value');
    await page.screenshot({ path: join(INBOX_SHOTS, 'board-long-column.png') });
    expect(errors).toEqual([]);
  });
});
