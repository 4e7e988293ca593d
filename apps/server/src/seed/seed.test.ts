import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createManualClock } from '../clock.ts';
import { createTestApp, type TestApp } from '../testing/createTestApp.ts';
import { rows } from '../testing/rows.ts';
import { seed } from './seed.ts';

const apps: TestApp[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close({ keepFiles: true });
});

describe('seed', () => {
  it('creates the default workspace, sandbox channel, example flows and templates, and publishes lead qualification', async () => {
    const t = await createTestApp();
    apps.push(t);
    expect(rows.count(t.db, 'workspaces')).toBe(1);
    expect((await t.api('GET', '/api/channels')).body).toEqual([
      expect.objectContaining({ sandbox: true, businessVerified: true }),
    ]);
    expect(rows.count(t.db, 'flows')).toBe(6);
    expect(rows.count(t.db, 'flow_versions')).toBe(1);
    const templates = (await t.api('GET', '/api/templates')).body as { name: string; status: string }[];
    expect(templates.map((template) => template.name)).toEqual(
      expect.arrayContaining(['spring_sale_nudge', 'order_shipped', 'delivery_check', 'rebook_invite']),
    );
    expect(templates.every((template) => template.status === 'APPROVED')).toBe(true);
    // A sales pipeline to start from, in order, with the stage the example flows move leads to.
    const pipelines = (await t.api('GET', '/api/pipelines')).body as { name: string; stages: { name: string }[] }[];
    expect(pipelines.map((pipeline) => [pipeline.name, pipeline.stages.map((stage) => stage.name)])).toEqual([
      ['sales', ['new', 'qualified', 'proposal', 'won', 'lost']],
    ]);
    // The generated token is kept beside the database, readable only by its owner.
    const tokenFile = join(dirname(t.dbPath), 'admin-token');
    expect(readFileSync(tokenFile, 'utf8').trim()).toBe(t.token);
    rmSync(dirname(t.dbPath), { recursive: true, force: true });
  });

  it('is idempotent and respects what the user changed since', async () => {
    const clock = createManualClock();
    const first = await createTestApp({ clock });
    await first.api('DELETE', '/api/flows/order-update');
    const templates = rows.count(first.db, 'templates');
    await first.close({ keepFiles: true });
    const second = await createTestApp({ clock, dbPath: first.dbPath });
    apps.push(second);
    seed(second.services);
    expect(second.token).toBe(first.token);
    expect(rows.count(second.db, 'workspaces')).toBe(1);
    expect(rows.count(second.db, 'channels')).toBe(1);
    expect(rows.count(second.db, 'flow_versions')).toBe(1);
    expect((await second.api('GET', '/api/flows/order-update')).status).toBe(404);
    expect(rows.count(second.db, 'templates')).toBe(templates);
    rmSync(dirname(first.dbPath), { recursive: true, force: true });
  });

  it('ADMIN_TOKEN replaces the admin token, and the old one stops working', async () => {
    const clock = createManualClock();
    const first = await createTestApp({ clock });
    await first.close({ keepFiles: true });
    const second = await createTestApp({ clock, dbPath: first.dbPath, config: { adminToken: 'sb_chosen' } });
    apps.push(second);
    expect(second.token).toBe('sb_chosen');
    expect((await second.api('GET', '/api/flows', undefined, 'sb_chosen')).status).toBe(200);
    expect((await second.api('GET', '/api/flows', undefined, first.token)).status).toBe(401);
    rmSync(dirname(first.dbPath), { recursive: true, force: true });
  });

  it('connects the WHATSAPP_* number, unless it is in a country WhatsApp Business does not serve', async () => {
    const t = await createTestApp({
      config: {
        whatsapp: {
          phoneNumberId: '20000000900',
          displayPhoneNumber: '+34 600 000 900',
          accessToken: 'tok',
          wabaId: '1',
        },
      },
    });
    apps.push(t);
    const channels = (await t.api('GET', '/api/channels')).body as { phoneNumberId: string; sandbox: boolean }[];
    expect(channels.map((channel) => [channel.phoneNumberId, channel.sandbox]).sort()).toEqual([
      ['100000000000001', true],
      ['20000000900', false],
    ]);
    const refused = await createTestApp({
      config: { whatsapp: { phoneNumberId: '20000000901', displayPhoneNumber: '+53 5 123 4567', accessToken: 'tok' } },
    });
    apps.push(refused);
    expect(rows.count(refused.db, 'channels', "phone_number_id = '20000000901'")).toBe(0);
    for (const app of [t, refused])
      if (existsSync(app.dbPath)) rmSync(dirname(app.dbPath), { recursive: true, force: true });
  });
});
