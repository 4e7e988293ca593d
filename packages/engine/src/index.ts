import { compileGraph } from './compileGraph.ts';
import { matchTrigger } from './matchTrigger.ts';
import { startSession } from './startSession.ts';
import { stepSession } from './stepSession.ts';
import type { EngineApi } from './types.ts';

export type { MachineConfig } from './machine/config.ts';
export { contactPlaceholderValues } from './run/placeholderValues.ts';
export { botExpectationParts } from './script/checkBotMessages.ts';
export { conversationScriptSchema } from './script/conversationScriptSchema.ts';
export { createSimulation, type Simulation, type SimulationState } from './script/createSimulation.ts';
export { formatFailure, formatScriptResult } from './script/formatScriptResult.ts';
export { parseDuration } from './script/parseDuration.ts';
export { playConversation, type RunScriptOptions, runScript } from './script/runScript.ts';
export type * from './script/scriptTypes.ts';
export type * from './types.ts';
export { compileGraph, matchTrigger, startSession, stepSession };

/** The contract the server and the editor code against; this line fails to compile if an export drifts from it. */
export const engine = { compileGraph, matchTrigger, startSession, stepSession } satisfies EngineApi;
