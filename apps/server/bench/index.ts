// `npm run bench` (server): signed WhatsApp webhooks over loopback, driven by autocannon against the real server
// (child process, file database in WAL mode, the published lead-qualification bot answering every message), beside
// a baseline measured in the same run: the same Hono server doing one SQLite insert per request.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMessageWebhook, type MessageWebhookInput } from '@salesbot/whatsapp';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { SANDBOX_PHONE_NUMBER_ID } from '../src/seed/seed.ts';
import { freePort, spawnServer } from '../src/testing/spawnServer.ts';
import { signBody } from '../src/webhook/verifySignature.ts';
import { cpuMs, threadCpuMs } from './processStats.ts';

const SECRET = 'bench-app-secret';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const FIXED_RATE = 1000;
/** `BENCH_PROFILE_DIR=<dir>`: the real server writes a CPU profile of each thread there (for `node --cpu-prof` readers). */
const profileDir = process.env.BENCH_PROFILE_DIR;
/** `BENCH_SERVER_NODE_ARGS="--max-semi-space-size=32"`: node flags for the real server only (not the load generator). */
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);

interface Run {
  rate: number;
  p50: number;
  p99: number;
  errors: number;
  errorDetail: string;
  requests: number;
  /** The server process's CPU time (user + system) per request, in microseconds: steadier than rates on a busy box. */
  cpuPerRequestUs: number;
  /** The same, per thread of the server (the event loop is "node"; the checkpointer a worker; libuv's pool). */
  threads: { thread: string; usPerRequest: number }[];
  /** The load generator's own CPU (this process: autocannon) per request — it shares the machine's cores. */
  generatorUsPerRequest: number;
}

let counter = 0;
const started = Date.now();
/** Signed webhook bodies made ahead, so the load generator spends its CPU sending, not signing. */
const prepared: { body: string; signature: string }[] = [];

/**
 * `newContacts`: every message is a first message from a contact never seen before (a session starts: the costliest
 * case). `conversations`: each contact sends what a lead who asks for a quote sends — a greeting (the session
 * starts), the "Get a quote" button (a step), then a company size from the list (a step that tags the lead, moves
 * it to a stage and hands it to sales); in blocks of contacts far larger than the connections in flight, so a
 * contact's reply is sent long after its previous message was answered.
 */
type Workload = 'newContacts' | 'conversations';
const CONVERSATION_BLOCK = 4000;
const CONVERSATION: MessageWebhookInput['content'][] = [
  { type: 'text', text: 'Hi, I would like to know more' },
  { type: 'buttonReply', id: 'quote', title: 'Get a quote' },
  { type: 'listReply', id: 'size_51_200', title: '51-200 people' },
];

function webhook(contact: number, turn: number, content: MessageWebhookInput['content']) {
  const body = JSON.stringify(
    buildMessageWebhook({
      phoneNumberId: SANDBOX_PHONE_NUMBER_ID,
      from: String(14150000000 + contact),
      name: 'Bench Contact',
      id: `wamid.bench.${started}.${contact}.${turn}`,
      timestamp: started + turn * 1000,
      content,
    }),
  );
  return { body, signature: signBody(body, SECRET) };
}

function prepare(count: number, workload: Workload): void {
  prepared.length = 0;
  if (workload === 'newContacts') {
    for (let n = 0; n < count; n++) prepared.push(webhook(counter++, 0, CONVERSATION[0]!));
    return;
  }
  while (prepared.length < count) {
    const first = counter;
    counter += CONVERSATION_BLOCK;
    CONVERSATION.forEach((content, turn) => {
      for (let contact = first; contact < first + CONVERSATION_BLOCK; contact++) {
        prepared.push(webhook(contact, turn, content));
      }
    });
  }
}
let next = 0;
/** The next prepared webhook. */
function nextRequest(request: Record<string, unknown>): Record<string, unknown> {
  const item = prepared[next++ % prepared.length]!;
  return {
    ...request,
    method: 'POST',
    path: '/webhooks/whatsapp',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': item.signature },
    body: item.body,
  };
}

async function load(
  url: string,
  pid: number | undefined,
  options: { overallRate?: number; duration?: number; workload?: Workload } = {},
): Promise<Run> {
  // Enough unique messages for the run at 20k/s; a repeat would only be a (cheap) duplicate.
  prepare(Math.ceil((options.duration ?? DURATION_S) * 20_000), options.workload ?? 'newContacts');
  next = 0;
  const cpuBefore = cpuMs(pid);
  const threadsBefore = threadCpuMs(pid);
  const generatorBefore = process.cpuUsage();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: options.duration ?? DURATION_S,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    requests: [{ setupRequest: nextRequest as never }],
  });
  const generator = process.cpuUsage(generatorBefore);
  return {
    rate: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    errorDetail: `${result.errors} errors (${result.timeouts} timeouts), ${result.non2xx} non-2xx ${JSON.stringify(result.statusCodeStats)}`,
    requests: result.requests.total,
    cpuPerRequestUs: ((cpuMs(pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total),
    generatorUsPerRequest: (generator.user + generator.system) / Math.max(1, result.requests.total),
    threads: [...threadCpuMs(pid)]
      .map(([thread, ms]) => ({
        thread,
        usPerRequest: ((ms - (threadsBefore.get(thread) ?? 0)) * 1000) / Math.max(1, result.requests.total),
      }))
      .filter((entry) => entry.usPerRequest >= 1)
      .sort((a, b) => b.usPerRequest - a.usPerRequest),
  };
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('baseline server exited');
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('baseline server did not start');
}

const dir = mkdtempSync(join(tmpdir(), 'salesbot-bench-'));
/** The real server's environment: a file database in the bench's directory, the bench's app secret, no editor. */
const serverEnv = (database: string) => ({
  DATABASE_PATH: join(dir, database),
  WHATSAPP_APP_SECRET: SECRET,
  ADMIN_TOKEN: 'sb_bench',
  EDITOR_DIST: join(dir, 'no-editor'),
});
const children: { kill(): unknown }[] = [];
try {
  // Baseline.
  const basePort = await freePort();
  const baseline = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'baselineServer.ts')], {
    env: { ...process.env, PORT: String(basePort), DATABASE_PATH: join(dir, 'baseline.db') },
    stdio: 'inherit',
  });
  children.push({ kill: () => baseline.kill('SIGKILL') });
  const baseUrl = `http://127.0.0.1:${basePort}`;
  await waitForHealth(baseUrl, baseline);
  await load(baseUrl, baseline.pid, { duration: 2 }); // warm-up
  const base = await load(baseUrl, baseline.pid);
  baseline.kill('SIGKILL');

  // The real server.
  const server = await spawnServer(serverEnv('salesbot.db'), {
    nodeArgs: [...serverNodeArgs, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
  });
  children.push({ kill: () => server.kill() });
  const pid = server.child.pid;
  await load(server.url, pid, { duration: 2 }); // warm-up (JIT, caches)
  const real = await load(server.url, pid);
  const fixed = await load(server.url, pid, { overallRate: FIXED_RATE });
  const conversations = await load(server.url, pid, { workload: 'conversations' });
  // The WAL after minutes of sustained writes: the background checkpoints keep it from growing without bound.
  const walBytes = statSync(join(dir, 'salesbot.db-wal')).size;
  await server.stop();

  // The floor: the same server with no flow published (an empty flows directory) — each message still verified,
  // deduplicated and stored with its contact and conversation, but nothing answers it (no session, no outbound
  // message, no send, no statuses). What the bot and its reply cost is the difference.
  const emptyFlows = join(dir, 'no-flows');
  mkdirSync(emptyFlows);
  const floorServer = await spawnServer(
    { ...serverEnv('floor.db'), FLOWS_DIR: emptyFlows },
    { nodeArgs: serverNodeArgs },
  );
  children.push({ kill: () => floorServer.kill() });
  await load(floorServer.url, floorServer.child.pid, { duration: 2 }); // warm-up
  const floor = await load(floorServer.url, floorServer.child.pid);
  await floorServer.stop();

  const db = new Database(join(dir, 'salesbot.db'), { readonly: true });
  const sessions = db.prepare('SELECT count(*) FROM sessions').pluck().get() as number;
  const outbox = db.prepare('SELECT count(*) FROM outbox').pluck().get() as number;
  // How the sessions stand: the conversations workload's leads end handed off to sales (not re-prompted).
  const sessionStates = (
    db
      .prepare(
        "SELECT status || coalesce(' (' || end_reason || ')', '') AS state, count(*) AS n FROM sessions GROUP BY 1",
      )
      .all() as { state: string; n: number }[]
  )
    .map(({ state, n }) => `${n} ${state}`)
    .join(', ');
  db.close();

  const row = (name: string, run: Run) =>
    `${name.padEnd(44)} ${run.rate.toFixed(0).padStart(8)} msg/s   p50 ${run.p50.toFixed(1).padStart(6)} ms   p99 ${run.p99
      .toFixed(1)
      .padStart(6)} ms   server CPU ${run.cpuPerRequestUs.toFixed(0).padStart(5)} µs/msg   errors ${run.errors}`;
  console.log(
    `\nserver: ${CONNECTIONS} connections, ${DURATION_S} s per run, signed webhooks, a new contact per message\n`,
  );
  console.log(row('baseline (Hono + one SQLite insert)', base));
  console.log(row('salesbot (verify, dedup, bot step, outbox)', real));
  console.log(row(`salesbot at a fixed ${FIXED_RATE} msg/s`, fixed));
  console.log(row('salesbot, conversations (greeting + 2 replies)', conversations));
  console.log(row('salesbot, no flow published (nothing answers)', floor));
  const threads = (run: Run) =>
    run.threads.map((entry) => `${entry.thread.replace(/:\d+$/, '')} ${entry.usPerRequest.toFixed(0)}`).join(', ');
  console.log(`\nserver CPU µs/msg by thread (new contacts) — baseline: ${threads(base)}; salesbot: ${threads(real)}`);
  console.log(`no flow published: ${threads(floor)}`);
  const ratio = real.rate / base.rate;
  console.log(`\nratio salesbot / baseline: ${ratio.toFixed(2)} (target ≥ 0.50)`);
  console.log(`p99 at ${FIXED_RATE} msg/s: ${fixed.p99.toFixed(1)} ms (target < 50 ms)`);
  console.log(
    `ratio with conversations (a contact's replies step its session): ${(conversations.rate / base.rate).toFixed(2)}`,
  );
  console.log(
    `server CPU per message: ${real.cpuPerRequestUs.toFixed(0)} µs vs ${base.cpuPerRequestUs.toFixed(0)} µs for the baseline` +
      ` (ratio ${(base.cpuPerRequestUs / real.cpuPerRequestUs).toFixed(2)}; steadier than rates when other work shares the cores)`,
  );
  // What half the baseline's rate leaves the server on this machine: the load generator shares the cores, and no
  // thread can be busy more than a second per second.
  const half = base.rate / 2;
  const generatorUs = real.generatorUsPerRequest;
  const budgetUs = (cpus().length * 1e6 - generatorUs * half) / half;
  const eventLoopUs = real.threads.find((entry) => entry.thread.startsWith('event loop'))?.usPerRequest ?? 0;
  console.log(
    `budget at half the baseline (${half.toFixed(0)} msg/s) on ${cpus().length} cores: the load generator takes ${generatorUs.toFixed(0)} µs/msg,` +
      ` leaving ${budgetUs.toFixed(0)} µs of server CPU per message in all and ${(1e6 / half).toFixed(0)} µs per thread;` +
      ` salesbot spends ${real.cpuPerRequestUs.toFixed(0)} µs (event loop ${eventLoopUs.toFixed(0)} µs)`,
  );
  const floorEventLoopUs = floor.threads.find((entry) => entry.thread.startsWith('event loop'))?.usPerRequest ?? 0;
  console.log(
    `floor (no flow published, nothing answered): ratio ${(floor.rate / base.rate).toFixed(2)}, server CPU ${floor.cpuPerRequestUs.toFixed(0)} µs/msg` +
      ` (event loop ${floorEventLoopUs.toFixed(0)} µs); the bot's start, its reply, the send and its statuses add` +
      ` ${(real.cpuPerRequestUs - floor.cpuPerRequestUs).toFixed(0)} µs (event loop ${(eventLoopUs - floorEventLoopUs).toFixed(0)} µs)`,
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on ${cpus().length} cores`,
  );
  console.log(
    `stored: ${sessions} bot sessions (${sessionStates}), ${outbox} outbox rows; WAL ${(walBytes / 2 ** 20).toFixed(1)} MiB after the runs\n`,
  );
  if (real.errors + fixed.errors + floor.errors > 0) {
    console.log(
      `errors: ${real.errorDetail}; at ${FIXED_RATE} msg/s ${fixed.errorDetail}; no flow published ${floor.errorDetail}`,
    );
    console.log(`the server's last lines:\n${server.output().split('\n').slice(-20).join('\n')}`);
    process.exitCode = 1;
  }
} finally {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
}

// What age costs (bench/age.ts): a long-lived session's step, a long conversation's outbox check; own process.
const ageBench = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'age.ts')], {
  stdio: 'inherit',
});
if (ageBench.status !== 0) process.exitCode = 1;

// What size costs the inbox and the contacts list (bench/scale.ts), in its own process.
const scaleBench = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'scale.ts')], {
  stdio: 'inherit',
});
if (scaleBench.status !== 0) process.exitCode = 1;

// The broadcast bench (bench/broadcast.ts: 10k and 100k recipients through the stand-in Graph API), in its own
// process; `BENCH_BROADCAST=0` skips it (when measuring the webhook path alone).
if (process.env.BENCH_BROADCAST !== '0') {
  const broadcastBench = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'broadcast.ts')], {
    stdio: 'inherit',
  });
  if (broadcastBench.status !== 0) process.exitCode = 1;
}
