import { join } from 'node:path';

/** Everything the server can be told; `loadConfig` reads it from the environment, tests build it with `createConfig`. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  /** The admin token of the default workspace; generated (and kept beside the database) when unset. */
  adminToken: string | undefined;
  /** Enables the manual clock and `POST /api/test/clock`. */
  testMode: boolean;
  /** Where the editor's built files are (`apps/editor/dist`). */
  editorDist: string;
  /** The folder of example flows seeded at start. */
  flowsDir: string;
  /** The default workspace's channel, from `WHATSAPP_*`. Without a phone number id a sandbox channel is made. */
  whatsapp: {
    phoneNumberId: string | undefined;
    displayPhoneNumber: string | undefined;
    wabaId: string | undefined;
    accessToken: string | undefined;
    /** The Meta app's secret: signs every webhook POST of the app (channels may carry their own). */
    appSecret: string | undefined;
    verifyToken: string | undefined;
    /** Graph API base with its version. */
    apiUrl: string;
  };
  webhook: {
    /** Bodies above this are refused with 413; Meta's payloads reach about 3 MB. */
    maxBodyBytes: number;
  };
  /**
   * `npm start` serves HTTP from a second thread (the front: HTTP parsing, signature checks and payload validation
   * off the event loop that runs the bots); `FRONT_THREAD=0` serves everything from the main thread.
   */
  frontThread: boolean;
  outbox: {
    enabled: boolean;
    /** How often the sender looks for work when idle (it is also woken after each commit). */
    pollMs: number;
    /** Sends in flight at once, over all numbers. */
    concurrency: number;
    /** Messages per second per number (Meta's default; up to 1,000 for eligible numbers, 20 for coexistence). */
    defaultThroughput: number;
    maxThroughput: number;
    coexistenceThroughput: number;
    /** Per customer (pair rate limit): a burst of this many, then one every `pairIntervalMs`. */
    pairBurst: number;
    pairIntervalMs: number;
    /** Retries of a transient failure before the row is marked failed. */
    maxAttempts: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
    /** A send found in flight after a crash is resent only if no status for it arrived within this time. */
    inFlightGraceMs: number;
    /** A send with no answer in this time counts as a timeout (transient). */
    sendTimeoutMs: number;
  };
  timers: { pollMs: number };
  bot: {
    /** After a human reply (agent send, coexistence echo) the bot stays quiet this long. */
    humanReplyPauseMs: number;
    /** Bytes of trace kept per session (past this, the oldest half is dropped). */
    maxTraceBytes: number;
  };
  callouts: { concurrency: number; pollMs: number; maxResponseBytes: number };
  sandbox: {
    /** The sandbox transport reports sent/delivered statuses through the webhook path, this long after a send. */
    emitStatuses: boolean;
    statusDelayMs: number;
  };
  /** Most webhook requests applied in one group commit. */
  maxBatch: number;
  /**
   * Under sustained load (a commit ended less than 20 ms ago), how long a group commit waits for more deliveries
   * to join it. A commit's fixed cost (the pages every message dirties, written to the WAL) is shared by the batch:
   * one message per commit costs about twice the CPU of a batch of four. 0: never wait. An idle server never waits.
   */
  commitDelayMs: number;
  /** Events kept for SSE replay. */
  eventRetentionMs: number;
}

export const DEFAULT_GRAPH_API_URL = 'https://graph.facebook.com/v23.0';

/** A complete config with the defaults, overridden by `overrides` (one level deep). */
export function createConfig(overrides: DeepPartial<Config> = {}): Config {
  const base: Config = {
    port: 8080,
    host: '0.0.0.0',
    databasePath: './data/salesbot.db',
    adminToken: undefined,
    testMode: false,
    editorDist: join(import.meta.dirname, '../../editor/dist'),
    flowsDir: join(import.meta.dirname, '../../../flows'),
    whatsapp: {
      phoneNumberId: undefined,
      displayPhoneNumber: undefined,
      wabaId: undefined,
      accessToken: undefined,
      appSecret: undefined,
      verifyToken: undefined,
      apiUrl: DEFAULT_GRAPH_API_URL,
    },
    webhook: { maxBodyBytes: 4 * 1024 * 1024 },
    frontThread: true,
    outbox: {
      enabled: true,
      pollMs: 200,
      concurrency: 64,
      defaultThroughput: 80,
      maxThroughput: 1000,
      coexistenceThroughput: 20,
      pairBurst: 4,
      pairIntervalMs: 6000,
      maxAttempts: 8,
      backoffBaseMs: 1000,
      backoffMaxMs: 5 * 60_000,
      inFlightGraceMs: 2 * 60_000,
      sendTimeoutMs: 15_000,
    },
    timers: { pollMs: 250 },
    bot: { humanReplyPauseMs: 30 * 60_000, maxTraceBytes: 256 * 1024 },
    callouts: { concurrency: 8, pollMs: 500, maxResponseBytes: 1024 * 1024 },
    sandbox: { emitStatuses: true, statusDelayMs: 50 },
    maxBatch: 512,
    commitDelayMs: 2,
    eventRetentionMs: 24 * 60 * 60_000,
  };
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] =
      current && typeof current === 'object' && typeof value === 'object' && value !== null
        ? { ...current, ...value }
        : value;
  }
  return merged as unknown as Config;
}

/** Reads the config from environment variables (see docs/server.md); throws a readable error on a bad value. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  return createConfig({
    port: intVar(env, 'PORT', 8080),
    host: env.HOST || '0.0.0.0',
    frontThread: env.FRONT_THREAD !== '0',
    commitDelayMs: intVar(env, 'COMMIT_DELAY_MS', 2),
    databasePath: env.DATABASE_PATH || './data/salesbot.db',
    adminToken: env.ADMIN_TOKEN || undefined,
    testMode: env.SALESBOT_TEST_MODE === '1' || env.SALESBOT_TEST_MODE === 'true',
    ...(env.EDITOR_DIST ? { editorDist: env.EDITOR_DIST } : {}),
    ...(env.FLOWS_DIR ? { flowsDir: env.FLOWS_DIR } : {}),
    whatsapp: {
      phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID || undefined,
      displayPhoneNumber: env.WHATSAPP_DISPLAY_PHONE_NUMBER || undefined,
      wabaId: env.WHATSAPP_WABA_ID || undefined,
      accessToken: env.WHATSAPP_ACCESS_TOKEN || undefined,
      appSecret: env.WHATSAPP_APP_SECRET || undefined,
      verifyToken: env.WHATSAPP_VERIFY_TOKEN || undefined,
      apiUrl: (env.WHATSAPP_API_URL || DEFAULT_GRAPH_API_URL).replace(/\/+$/, ''),
    },
    webhook: { maxBodyBytes: intVar(env, 'WEBHOOK_MAX_BODY_BYTES', 4 * 1024 * 1024) },
    outbox: {
      enabled: env.OUTBOX_ENABLED !== '0',
      defaultThroughput: intVar(env, 'OUTBOX_THROUGHPUT', 80),
      inFlightGraceMs: intVar(env, 'OUTBOX_IN_FLIGHT_GRACE_MS', 2 * 60_000),
      pairBurst: intVar(env, 'OUTBOX_PAIR_BURST', 4),
      pairIntervalMs: intVar(env, 'OUTBOX_PAIR_INTERVAL_MS', 6000),
    },
    bot: { humanReplyPauseMs: intVar(env, 'BOT_HUMAN_REPLY_PAUSE_MS', 30 * 60_000) },
    sandbox: { emitStatuses: env.SANDBOX_STATUSES !== '0' },
  });
}

function intVar(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };
