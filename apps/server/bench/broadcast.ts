// Broadcast bench (part of `npm run bench` for the server): a broadcast to 10,000 and then 100,000 opted-in
// contacts through the stand-in Graph API at 1,000 messages/s configured throughput, against the real server
// (child process, file database, WAL; the stand-in posts `sent` and `delivered` statuses back as signed webhooks).
// Measures the time to plan (every recipient row written), the achieved send rate as a ratio of the configured
// one, and the server's peak memory for each size — it should stay flat as the audience grows.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeliveryStatus } from '@salesbot/whatsapp';
import Database from 'better-sqlite3';
import { PROMO_TEMPLATE, promoMessage } from '../src/broadcasts/testing/broadcastFixtures.ts';
import { type GraphApiStandIn, startGraphApiStandIn } from '../src/testing/graphApiStandIn.ts';
import { type SpawnedServer, spawnServer } from '../src/testing/spawnServer.ts';
import { cpuMs } from './processStats.ts';

const SECRET = 'bench-broadcast-secret';
const TOKEN = 'sb_bench_broadcast';
const ACCESS = 'bench-broadcast-access';
const PHONE_NUMBER_ID = '20000000900';
const WABA_ID = '300000000000900';
const THROUGHPUT = 1000;
/** Audience sizes measured for the send path alone (no statuses coming back): memory 10k vs 100k, the rate. */
const SIZES = (process.env.BENCH_BROADCAST_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
/** Extra node flags for the server (BENCH_NODE_ARGS="--max-old-space-size=96"). */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
/**
 * Then one run with the statuses Meta posts back for each message (sent, delivered) going through the webhook path
 * as well: the whole pipeline. BENCH_STATUS_RUN=0 skips it; BENCH_STATUSES chooses the statuses.
 */
const STATUS_RUN_SIZE = process.env.BENCH_STATUS_RUN === '0' ? null : 10_000;
const STATUSES = (process.env.BENCH_STATUSES ?? 'sent,delivered').split(',').filter(Boolean) as DeliveryStatus[];

interface Result {
  size: number;
  statuses: DeliveryStatus[];
  planMs: number;
  sendMs: number;
  rate: number;
  baseRssMb: number;
  peakRssMb: number;
  /** The highest anonymous RSS seen while sending (sampled every 250 ms): heaps without mapped files. */
  peakAnonMb: number;
  /** Server CPU time (user + system) per recipient, from /proc: steadier than rates when other work shares the cores. */
  cpuPerMessageUs: number;
}

/** VmRSS / VmHWM (peak) of a process and the anonymous part of its RSS (the heaps), in MiB, from /proc (Linux). */
function memoryMb(pid: number | undefined): { rss: number; peak: number; anon: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024, anon: kb('RssAnon') / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN, anon: Number.NaN };
  }
}

async function run(size: number, statuses: DeliveryStatus[]): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'salesbot-bench-broadcast-'));
  let server: SpawnedServer | null = null;
  let standIn: GraphApiStandIn | null = null;
  try {
    standIn = await startGraphApiStandIn({ accessToken: ACCESS });
    standIn.setTemplates(WABA_ID, [{ id: '9', ...PROMO_TEMPLATE }]);
    const dbPath = join(dir, 'salesbot.db');
    server = await spawnServer(
      {
        DATABASE_PATH: dbPath,
        ADMIN_TOKEN: TOKEN,
        WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
        WHATSAPP_DISPLAY_PHONE_NUMBER: '+1 555 090 0900',
        WHATSAPP_WABA_ID: WABA_ID,
        WHATSAPP_ACCESS_TOKEN: ACCESS,
        WHATSAPP_APP_SECRET: SECRET,
        WHATSAPP_API_URL: standIn.url,
        EDITOR_DIST: join(dir, 'no-editor'),
      },
      {
        nodeArgs: [
          ...NODE_ARGS,
          ...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : []),
        ],
      },
    );
    if (statuses.length > 0) {
      standIn.postStatusesTo({
        url: `${server.url}/webhooks/whatsapp`,
        appSecret: SECRET,
        wabaId: WABA_ID,
        statuses,
      });
    }
    const api = async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${server!.url}/api${path}`, {
        method,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as Record<string, unknown>;
    };
    await api('POST', '/templates/sync');
    await api('PUT', '/broadcasts/settings', { messagingLimit: null });
    const channels = (await api('GET', '/channels')) as unknown as { id: string; sandbox: boolean }[];
    const channelId = channels.find((channel) => !channel.sandbox)!.id;
    await api('PATCH', `/channels/${channelId}`, { throughput: THROUGHPUT });
    insertContacts(dbPath, size);

    const pid = server.child.pid;
    const base = memoryMb(pid);
    const cpuBefore = cpuMs(pid);
    const created = await api('POST', '/broadcasts', {
      name: `Bench ${size}`,
      channelId,
      audience: { tags: ['bench'] },
      message: promoMessage(),
      when: { mode: 'now' },
    });
    const id = created.id as string;
    // Progress is read from the database file, so watching costs the server nothing.
    const reader = new Database(dbPath, { readonly: true });
    reader.pragma('busy_timeout = 5000');
    const state = reader.prepare('SELECT status, started_at, planned_at, completed_at FROM broadcasts WHERE id = ?');
    let row: { status: string; started_at: number; planned_at: number | null; completed_at: number | null };
    let peakAnon = 0;
    const deadline = Date.now() + (size / THROUGHPUT) * 10_000 + 120_000;
    for (;;) {
      row = state.get(id) as typeof row;
      peakAnon = Math.max(peakAnon, memoryMb(pid).anon);
      if (row.status === 'completed' || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    if (row.status !== 'completed') throw new Error(`broadcast of ${size} did not complete: ${row.status}`);
    const sent = reader
      .prepare(
        'SELECT count(sent_at) AS count, min(sent_at) AS first, max(sent_at) AS last FROM broadcast_recipients WHERE broadcast_id = ?',
      )
      .get(id) as { count: number; first: number; last: number };
    reader.close();
    if (sent.count !== size) throw new Error(`only ${sent.count} of ${size} sent`);
    const peak = memoryMb(pid).peak;
    const cpuPerMessageUs = ((cpuMs(pid) - cpuBefore) * 1000) / size;
    const sendMs = sent.last - sent.first;
    return {
      size,
      statuses,
      planMs: (row.planned_at ?? Number.NaN) - row.started_at,
      sendMs,
      rate: ((sent.count - 1) / sendMs) * 1000,
      baseRssMb: base.rss,
      peakRssMb: peak,
      peakAnonMb: peakAnon,
      cpuPerMessageUs,
    };
  } finally {
    await server?.stop();
    await standIn?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Opted-in contacts tagged `bench`, written straight into the server's database (WAL: beside the live server). */
function insertContacts(dbPath: string, count: number): void {
  const db = new Database(dbPath);
  db.pragma('busy_timeout = 10000');
  const workspaceId = db.prepare("SELECT value FROM settings WHERE key = 'defaultWorkspaceId'").pluck().get();
  const now = Date.now();
  const insert = db.prepare(
    `INSERT INTO contacts (id, workspace_id, wa_id, name, fields, tags, opt_in, opt_in_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, '{}', '["bench"]', 'optedIn', ?, ?, ?)`,
  );
  for (let start = 0; start < count; start += 10_000) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + 10_000); i++) {
        insert.run(
          `ct_${randomUUID().replaceAll('-', '').slice(0, 20)}`,
          workspaceId,
          String(34620000000 + i),
          `Customer ${i}`,
          now,
          now,
          now,
        );
      }
    })();
  }
  db.close();
}

const results: Result[] = [];
for (const size of SIZES) results.push(await run(size, []));
const withStatuses = STATUS_RUN_SIZE === null || STATUSES.length === 0 ? null : await run(STATUS_RUN_SIZE, STATUSES);

console.log(
  `\nbroadcast: ${THROUGHPUT} msg/s configured, through the stand-in Graph API (send path alone, then with statuses)\n`,
);
for (const result of [...results, ...(withStatuses ? [withStatuses] : [])]) {
  console.log(
    `${result.size.toLocaleString('en-US').padStart(8)} recipients${
      result.statuses.length ? ` + ${result.statuses.join('/')} statuses` : ''
    }   plan ${(result.planMs / 1000).toFixed(2).padStart(6)} s` +
      `   send ${(result.sendMs / 1000).toFixed(1).padStart(6)} s at ${result.rate.toFixed(0).padStart(5)} msg/s` +
      ` (ratio ${(result.rate / THROUGHPUT).toFixed(2)}, target ≥ 0.90)   server CPU ${result.cpuPerMessageUs.toFixed(0)} µs/msg   RSS ${result.baseRssMb.toFixed(0)} MiB before,` +
      ` peak ${result.peakRssMb.toFixed(0)} MiB (anonymous ${result.peakAnonMb.toFixed(0)} MiB)`,
  );
}
if (results.length >= 2) {
  const [small, big] = [results[0]!, results[results.length - 1]!];
  console.log(
    `\npeak memory ${small.size.toLocaleString('en-US')} → ${big.size.toLocaleString('en-US')} recipients: ` +
      `${small.peakRssMb.toFixed(0)} → ${big.peakRssMb.toFixed(0)} MiB (×${(big.peakRssMb / small.peakRssMb).toFixed(2)} for ×${big.size / small.size} the audience)`,
  );
}
console.log(
  `load average at the end: ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')} on ${cpus().length} cores\n`,
);
