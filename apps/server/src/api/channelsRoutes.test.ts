import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkspace } from '../store/workspaces.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { startGraphApiStandIn } from '../testing/graphApiStandIn.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('channels API', () => {
  it('connects a number and never returns its secrets', async () => {
    const res = await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000200',
      displayPhoneNumber: '+34 600 000 200',
      accessToken: 'secret-token',
      appSecret: 'secret-app',
      throughput: 1000,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      phoneNumberId: '20000000200',
      sandbox: false,
      hasAccessToken: true,
      throughput: 1000,
    });
    expect(JSON.stringify(res.body)).not.toContain('secret-');
    expect(JSON.stringify((await t.api('GET', '/api/channels')).body)).not.toContain('secret-');
  });

  it('a phone number id belongs to exactly one workspace: 409 anywhere else', async () => {
    const body = { phoneNumberId: '20000000201', displayPhoneNumber: '+34 600 000 201' };
    expect((await t.api('POST', '/api/channels', body)).status).toBe(201);
    expect((await t.api('POST', '/api/channels', body)).status).toBe(409);
    const other = createWorkspace(t.db, t.services.members, { name: 'Other', now: t.clock.now() }).token;
    const res = await t.api('POST', '/api/channels', body, other);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('phone_number_taken');
  });

  it.each([
    ['Cuba', '+53 5 123 4567'],
    ['Iran', '+98 912 345 6789'],
    ['North Korea', '+850 2 123 4567'],
    ['Syria', '+963 944 123 456'],
  ])('refuses a business number in %s with a clear error', async (country, number) => {
    const res = await t.api('POST', '/api/channels', { phoneNumberId: '20000000202', displayPhoneNumber: number });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('country_not_supported');
    expect(res.body.error.message).toContain(country);
    expect(res.body.error.details.field).toBe('displayPhoneNumber');
  });

  it('validates the throughput (1 to 1,000 per second)', async () => {
    const res = await t.api('POST', '/api/channels', {
      phoneNumberId: '20000000203',
      displayPhoneNumber: '+34600000203',
      throughput: 5000,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('throughput');
  });
});

describe('templates', () => {
  it('are editable in a sandbox-only workspace', async () => {
    const res = await t.api('POST', '/api/templates', { name: 'hello_world', language: 'en_US', category: 'utility' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'hello_world', category: 'UTILITY', status: 'APPROVED', kind: 'custom' });
    const paused = await t.api('PUT', `/api/templates/${res.body.id}`, { status: 'paused' });
    expect(paused.body.status).toBe('PAUSED');
  });

  it('come from the Graph API once a number with credentials is connected', async () => {
    const standIn = await startGraphApiStandIn({ accessToken: 'tok' });
    try {
      standIn.setTemplates('300000000000009', [
        {
          id: '1',
          name: 'order_shipped',
          language: 'en_US',
          category: 'UTILITY',
          status: 'APPROVED',
          components: [{ type: 'BODY', text: 'Shipped {{1}}' }],
        },
        {
          id: '2',
          name: 'spring_bestsellers',
          language: 'en_US',
          category: 'MARKETING',
          status: 'PENDING',
          components: [
            { type: 'BODY', text: 'Look' },
            { type: 'CAROUSEL', cards: [] },
          ],
        },
      ]);
      await t.api('POST', '/api/channels', {
        phoneNumberId: '20000000204',
        displayPhoneNumber: '+34600000204',
        wabaId: '300000000000009',
        accessToken: 'tok',
        apiUrl: standIn.url,
      });
      expect((await t.api('POST', '/api/templates', { name: 'x', language: 'en', category: 'utility' })).status).toBe(
        409,
      );
      const synced = await t.api('POST', '/api/templates/sync');
      expect(synced.status).toBe(200);
      expect(synced.body.synced).toBe(2);
      const carousel = synced.body.templates.find(
        (template: { name: string }) => template.name === 'spring_bestsellers',
      );
      expect(carousel).toMatchObject({ kind: 'carousel', status: 'PENDING', externalId: '2' });
    } finally {
      await standIn.close();
    }
  });
});
