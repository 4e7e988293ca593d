// Profiling aid (not part of `npm run bench`): the real server under autocannon load; prints rate, latency and
// server CPU per message. `PROF=1` writes a CPU profile of each thread to PROF_DIR; `D` seconds; `FIXED=1` adds a
// run at 1,000 msg/s. Run: node --import tsx apps/server/bench/profServer.ts
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMessageWebhook } from '@salesbot/whatsapp';
import autocannon from 'autocannon';
import { SANDBOX_PHONE_NUMBER_ID } from '../src/seed/seed.ts';
import { spawnServer } from '../src/testing/spawnServer.ts';
import { signBody } from '../src/webhook/verifySignature.ts';

const SECRET = 'bench-app-secret';
const dir = mkdtempSync(join(tmpdir(), 'salesbot-prof-'));
const prof = process.env.PROF === '1';
const server = await spawnServer(
  {
    DATABASE_PATH: join(dir, 's.db'),
    WHATSAPP_APP_SECRET: SECRET,
    ADMIN_TOKEN: 'sb_b',
    EDITOR_DIST: join(dir, 'x'),
    ...(process.env.OUTBOX_ENABLED ? { OUTBOX_ENABLED: process.env.OUTBOX_ENABLED } : {}),
  },
  prof
    ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${process.env.PROF_DIR ?? '/tmp/perf'}`, '--cpu-prof-interval=200'] }
    : {},
);
const started = Date.now();
let i = 0;
const items: { body: string; sig: string }[] = [];
for (let n = 0; n < 200000; n++) {
  const body = JSON.stringify(
    buildMessageWebhook({
      phoneNumberId: SANDBOX_PHONE_NUMBER_ID,
      from: String(14150000000 + n),
      name: 'Bench Contact',
      id: `wamid.p.${started}.${n}`,
      timestamp: started,
      content: { type: 'text', text: 'Hi, I would like to know more' },
    }),
  );
  items.push({ body, sig: signBody(body, SECRET) });
}
function cpuMs(pid: number | undefined): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
}
async function run(duration: number, rate?: number) {
  const c0 = cpuMs(server.child.pid);
  const r = await autocannon({
    url: server.url,
    connections: 32,
    duration,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: ((req: Record<string, unknown>) => {
          const it = items[i++ % items.length]!;
          return {
            ...req,
            method: 'POST',
            path: '/webhooks/whatsapp',
            headers: { 'content-type': 'application/json', 'x-hub-signature-256': it.sig },
            body: it.body,
          };
        }) as never,
      },
    ],
  });
  const cpu = ((cpuMs(server.child.pid) - c0) * 1000) / r.requests.total;
  console.log(
    `${rate ?? 'max'}: ${r.requests.average.toFixed(0)} msg/s p50 ${r.latency.p50} p99 ${r.latency.p99} cpu ${cpu.toFixed(0)} µs/msg errors ${r.errors + r.non2xx} load ${loadavg()[0]!.toFixed(1)}`,
  );
}
await run(2);
await run(Number(process.env.D ?? 10));
if (process.env.FIXED) await run(10, 1000);
await server.stop();
