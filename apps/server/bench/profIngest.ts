// Profiling aid (not part of `npm run bench`; for the real server under load use `BENCH_PROFILE_DIR=<dir>
// BENCH_BROADCAST=0 npm run bench -- server`): the webhook transaction in-process, without HTTP — new-contact text
// messages through the group committer in batches of BATCH (default 32); prints CPU per message. Run with
// `node --cpu-prof --import tsx apps/server/bench/profIngest.ts` to see where it goes.
import { buildMessageWebhook, parseWebhook } from '@salesbot/whatsapp';
import { GroupCommitter } from '../src/ingest/groupCommit.ts';
import { SANDBOX_PHONE_NUMBER_ID } from '../src/seed/seed.ts';
import { createTestApp } from '../src/testing/createTestApp.ts';

const t = await createTestApp();
t.db.pragma('wal_autocheckpoint = 0');
const committer = new GroupCommitter(t.services);
const N = Number(process.env.N ?? 4000);
const BATCH = Number(process.env.BATCH ?? 32);
const started = Date.now();
async function run(offset: number) {
  const t0 = process.cpuUsage();
  const w0 = performance.now();
  for (let i = 0; i < N; i += BATCH) {
    const ps = [];
    for (let j = 0; j < BATCH; j++) {
      const k = offset + i + j;
      const body = buildMessageWebhook({
        phoneNumberId: SANDBOX_PHONE_NUMBER_ID,
        from: String(14150000000 + k),
        name: 'B',
        id: `wamid.p.${started}.${k}`,
        timestamp: started,
        content: { type: 'text', text: 'Hi, I would like to know more' },
      });
      const parsed = parseWebhook(JSON.parse(JSON.stringify(body)));
      if (!parsed.ok) throw new Error(parsed.error);
      ps.push(committer.submit({ events: parsed.events }));
    }
    await Promise.all(ps);
  }
  const c = process.cpuUsage(t0);
  console.log(
    `ingest ${N}: ${((c.user + c.system) / N).toFixed(0)} µs CPU/msg, wall ${(((performance.now() - w0) * 1000) / N).toFixed(0)} µs/msg`,
  );
}
await run(0);
await run(N);
await t.close();
