export { compileGraph } from './compileGraph.ts';
export type { MachineConfig } from './machine/config.ts';
export { matchTrigger } from './matchTrigger.ts';
export { startSession } from './startSession.ts';
export { stepSession } from './stepSession.ts';
export type * from './types.ts';
