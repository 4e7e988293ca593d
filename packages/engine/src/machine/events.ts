import type { EngineEvent } from '../types.ts';

/** What the machine receives: the engine's events, and `start` (sent once, from `$idle`). */
export type MachineEvent = EngineEvent | { type: 'start'; triggerId: string; variables?: Record<string, string> };
