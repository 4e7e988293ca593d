import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManualClock, type ManualClock } from '../clock.ts';
import { type Config, createConfig } from '../config.ts';
import { createApp, type Runtime } from '../createApp.ts';
import { type Db, openDatabase } from '../db/openDatabase.ts';
import { createLogger } from '../logger.ts';
import { SANDBOX_PHONE_NUMBER_ID, seed } from '../seed/seed.ts';
import type { Services } from '../services.ts';
import type { Transport } from '../transport/types.ts';

export const TEST_APP_SECRET = 'test-app-secret';
export const TEST_VERIFY_TOKEN = 'test-verify-token';

export interface TestApp {
  app: ReturnType<typeof createApp>['app'];
  runtime: Runtime;
  services: Services;
  db: Db;
  clock: ManualClock;
  config: Config;
  /** The default workspace's admin token. */
  token: string;
  workspaceId: string;
  sandboxPhoneNumberId: string;
  dbPath: string;
  /** A JSON call to the admin API with the admin token (or `token`). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers loosely
  api(method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>;
  /** Stops the loops, closes the database and removes the temporary folder (kept with `keepFiles`: a restart). */
  close(options?: { keepFiles?: boolean }): Promise<void>;
}

type ConfigOverrides = Parameters<typeof createConfig>[0];

/**
 * A seeded app over a real SQLite file in a temporary folder, on a manual clock, loops not started (tests call
 * `runtime.settle()`), sandbox statuses reported at once. Pass `dbPath` to reopen an existing database.
 */
export async function createTestApp(
  options: {
    config?: ConfigOverrides;
    transport?: Transport;
    fetch?: typeof fetch;
    dbPath?: string;
    clock?: ManualClock;
  } = {},
): Promise<TestApp> {
  const dir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'salesbot-test-'));
  const dbPath = options.dbPath ?? join(dir!, 'salesbot.db');
  const config = createConfig({
    databasePath: dbPath,
    testMode: true,
    ...options.config,
    whatsapp: { appSecret: TEST_APP_SECRET, verifyToken: TEST_VERIFY_TOKEN, ...options.config?.whatsapp },
    sandbox: { emitStatuses: true, statusDelayMs: 0, ...options.config?.sandbox },
    outbox: { pairBurst: 100, ...options.config?.outbox },
  });
  const db = openDatabase(dbPath);
  const clock = options.clock ?? createManualClock();
  const { app, runtime } = createApp({
    db,
    clock,
    config,
    logger: createLogger('silent'),
    ...(options.transport ? { transport: options.transport } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const seeded = seed(runtime.services);
  const api: TestApp['api'] = async (method, path, body, token = seeded.adminToken) => {
    const response = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Plain text answers stay text.
    }
    return { status: response.status, body: parsed };
  };
  return {
    app,
    runtime,
    services: runtime.services,
    db,
    clock,
    config,
    token: seeded.adminToken,
    workspaceId: seeded.workspaceId,
    sandboxPhoneNumberId: SANDBOX_PHONE_NUMBER_ID,
    dbPath,
    api,
    async close(closeOptions = {}) {
      await runtime.stop();
      db.close();
      if (dir && !closeOptions.keepFiles) rmSync(dir, { recursive: true, force: true });
    },
  };
}
