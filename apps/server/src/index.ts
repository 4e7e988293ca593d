// @salesbot/server: the runtime, for the start script, tests and benchmarks of other parts.
export { type Clock, createManualClock, isManualClock, type ManualClock, systemClock } from './clock.ts';
export { type Config, createConfig, loadConfig } from './config.ts';
export { type AppDeps, createApp, type Runtime } from './createApp.ts';
export { type Db, openDatabase } from './db/openDatabase.ts';
export { createLogger } from './logger.ts';
export { SANDBOX_PHONE_NUMBER_ID, SEED_PUBLISHED_FLOW, seed } from './seed/seed.ts';
export {
  type GraphApiStandIn,
  type ReceivedSend,
  type StandInRule,
  type StatusWebhookTarget,
  startGraphApiStandIn,
} from './testing/graphApiStandIn.ts';
export { sendRequestSchema } from './testing/sendRequestSchema.ts';
export { freePort, type SpawnedServer, spawnServer } from './testing/spawnServer.ts';
export type { SendResult, Transport } from './transport/types.ts';
export { signBody, verifySignature } from './webhook/verifySignature.ts';
