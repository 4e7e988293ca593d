import { Hono } from 'hono';
import { z } from 'zod';
import type { ManualClock } from '../clock.ts';
import type { AppEnv } from '../http/appEnv.ts';
import { readBody } from '../http/readBody.ts';
import type { RouteDoc } from './routeDoc.ts';

const clockSchema = z.union([
  z.object({ advanceMs: z.number().int().nonnegative() }),
  z.object({ now: z.union([z.number().int().nonnegative(), z.iso.datetime().transform((text) => Date.parse(text))]) }),
]);

export const testDocs: RouteDoc[] = [
  { method: 'get', path: '/api/test/clock', summary: 'Test mode only: the manual clock', tag: 'test' },
  {
    method: 'post',
    path: '/api/test/clock',
    summary: 'Test mode only: move the clock ({ advanceMs } or { now }); timers on the way fire at their own times',
    tag: 'test',
    body: clockSchema,
  },
];

/** Test mode (`SALESBOT_TEST_MODE=1`): browser tests move the server's clock and see timers fire at once. */
export function testRoutes(clock: ManualClock, advanceClock: (target: number) => Promise<void>): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/clock', (c) => c.json({ now: clock.now(), iso: new Date(clock.now()).toISOString() }));
  app.post('/clock', async (c) => {
    const body = await readBody(c, clockSchema);
    if ('advanceMs' in body) await advanceClock(clock.now() + body.advanceMs);
    else if (body.now >= clock.now()) await advanceClock(body.now);
    // Going back in time fires nothing (timers only fall due forward).
    else clock.set(body.now);
    return c.json({ now: clock.now(), iso: new Date(clock.now()).toISOString() });
  });
  return app;
}
