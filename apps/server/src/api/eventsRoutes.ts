import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AppEnv } from '../http/appEnv.ts';
import type { Services } from '../services.ts';
import type { RouteDoc } from './routeDoc.ts';

export const eventsDocs: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/events',
    summary: "SSE stream of the workspace's events (Last-Event-ID or ?after= to resume; ?token= for EventSource)",
    tag: 'events',
  },
];

/**
 * `GET /api/events`: the workspace's events as Server-Sent Events, each with its id, so a reconnecting browser
 * resumes with `Last-Event-ID` and misses nothing that is still retained.
 */
export function eventsRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => {
    const workspaceId = c.get('principal').workspaceId;
    const resumeFrom = Number(c.req.header('last-event-id') ?? c.req.query('after') ?? Number.NaN);
    let lastId = Number.isFinite(resumeFrom) ? resumeFrom : services.bus.lastId();
    return streamSSE(c, async (stream) => {
      let wake: (() => void) | null = null;
      const unsubscribe = services.bus.subscribe(workspaceId, () => wake?.());
      stream.onAbort(() => {
        unsubscribe();
        wake?.();
      });
      await stream.writeSSE({ event: 'ready', data: JSON.stringify({ lastId }) });
      while (!stream.aborted && !stream.closed) {
        for (const event of services.bus.since(workspaceId, lastId)) {
          await stream.writeSSE({ id: String(event.id), event: event.type, data: JSON.stringify({ ...event }) });
          lastId = event.id;
        }
        // Sleep until the next commit with events, or 15 s for a keep-alive comment.
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 15_000);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
        if (!stream.aborted) await stream.write(': keep-alive\n\n');
      }
      unsubscribe();
    });
  });
  return app;
}
