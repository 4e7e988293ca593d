import { serve } from '@hono/node-server';
import { createManualClock, systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { createApp } from './createApp.ts';
import { openDatabase } from './db/openDatabase.ts';
import { createLogger } from './logger.ts';
import { seed } from './seed/seed.ts';

/**
 * `npm start`: config from the environment, the database opened and migrated, seeding, the HTTP server and the
 * loops; SIGTERM/SIGINT stop taking requests, commit what is in flight, stop the loops and close the database.
 */
export async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger();
  const db = openDatabase(config.databasePath);
  const clock = config.testMode ? createManualClock(Date.now()) : systemClock;
  const { app, runtime } = createApp({ db, clock, config, logger });
  const seeded = seed(runtime.services);
  runtime.start();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const url = `http://localhost:${info.port}`;
    logger.info({ url, workspaceId: seeded.workspaceId, testMode: config.testMode }, 'salesbot is listening');
    // The one thing a person starting the server needs, outside the JSON log lines.
    process.stderr.write(
      `\n  Salesbot is running at ${url}\n  Admin token: ${seeded.adminToken}${
        seeded.generatedToken ? '  (generated; kept beside the database — set ADMIN_TOKEN to choose one)' : ''
      }\n\n`,
    );
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // No new connections; requests already read are committed and answered before the loops stop.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    try {
      await runtime.stop();
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
    } finally {
      db.close();
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

await main();
