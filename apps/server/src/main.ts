import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createManualClock, systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { createApp } from './createApp.ts';
import { openDatabase } from './db/openDatabase.ts';
import { type FrontThread, startFrontThread } from './front/frontThread.ts';
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

  const announce = (port: number, frontThread: boolean) => {
    const url = `http://localhost:${port}`;
    logger.info(
      { url, workspaceId: seeded.workspaceId, testMode: config.testMode, frontThread },
      'salesbot is listening',
    );
    // The one thing a person starting the server needs, outside the JSON log lines.
    process.stderr.write(
      `\n  Salesbot is running at ${url}\n  Admin token: ${seeded.adminToken}${
        seeded.generatedToken ? '  (generated; kept beside the database — set ADMIN_TOKEN to choose one)' : ''
      }\n\n`,
    );
  };

  // With the front thread, the app listens on loopback only and the front serves the public port.
  const server = await listen(
    app.fetch,
    config.frontThread ? 0 : config.port,
    config.frontThread ? '127.0.0.1' : config.host,
  );
  let front: FrontThread | null = null;
  if (config.frontThread) {
    front = await startFrontThread({
      port: config.port,
      host: config.host,
      internalPort: (server.address() as AddressInfo).port,
      services: runtime.services,
      committer: runtime.committer,
      logger,
      onFailure(error) {
        logger.fatal({ err: error }, 'the front thread failed; exiting');
        process.exit(1);
      },
    });
    announce(front.port, true);
  } else {
    announce((server.address() as AddressInfo).port, false);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // No new connections; requests already read are committed and answered before the loops stop.
    try {
      if (front) await front.close(2_000);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.stop();
      server.closeIdleConnections();
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

/** The app's HTTP server, listening. */
function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname: string,
): Promise<Server> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server as Server));
  });
}

await main();
